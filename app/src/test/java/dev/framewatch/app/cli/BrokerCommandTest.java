package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.app.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker command's usage errors stop before any storage is touched, with exit 2 and one line. */
class BrokerCommandTest {
  @TempDir Path dir;

  @Test
  void aBadVotersStringIsAUsageError() {
    Cli.Result r = new Cli(dir).run("broker", "--node-id", "1", "--controller-quorum-voters", "1@h:1,h:2");
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("framewatch: --controller-quorum-voters: \"h:2\" is not ID@HOST:PORT (e.g. 1@10.0.0.1:9093)\n",
        r.err().replace("\r\n", "\n"));
  }

  @Test
  void aNodeIdNotAmongTheVotersIsAUsageError() {
    Cli.Result r = new Cli(dir).run("broker", "--node-id", "4", "--controller-quorum-voters", "1@h:1,2@h:2,3@h:3");
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("framewatch: --node-id 4 is not among the controller quorum voters (1, 2, 3)\n",
        r.err().replace("\r\n", "\n"));
    assertEquals(false, Files.exists(dir.resolve("kafka-4")));
  }

  @Test
  void aListenerWithAnotherProtocolIsAUsageError() {
    Cli.Result r = new Cli(dir).run("broker", "--node-id", "1", "--controller-quorum-voters", "1@h:1",
        "--listeners", "SSL://h:9092");
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("framewatch: --listeners: expected PLAINTEXT://HOST:PORT, got \"SSL://h:9092\"\n",
        r.err().replace("\r\n", "\n"));
  }

  @Test
  void aListenerOnEveryInterfaceIsAdvertisedUnderTheVoterHost() {
    assertEquals("10.0.0.2:9092", BrokerCommand.advertisedFor(":9092", "10.0.0.2"));
    assertEquals("10.0.0.2:9092", BrokerCommand.advertisedFor("0.0.0.0:9092", "10.0.0.2"));
    assertEquals("h:9092", BrokerCommand.advertisedFor("h:9092", "10.0.0.2"));
  }
}
