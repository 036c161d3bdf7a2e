package dev.framewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench} takes the global options every framewatch command takes, and says why it reads no configuration. */
class BenchOptionsTest {
  private static Bench.Options parsed(String... args) {
    CommandLine cl = Bench.commandLine();
    cl.parseArgs(args);
    return ((Bench.Share) cl.getSubcommands().get("share").getCommand()).options;
  }

  @Test
  void theDataDirHoldsTheWorkFilesUnlessDirIsGiven() {
    assertEquals(Path.of("/data/fw/bench"), parsed("share", "--data-dir", "/data/fw").workParent());
    assertEquals(Path.of("/scratch"), parsed("share", "--data-dir", "/data/fw", "--dir", "/scratch").workParent());
    assertNull(parsed("share").workParent(), "the system's temp dir");
    assertTrue(parsed("share", "-v").verbose);
  }

  @Test
  void configurationIsRefusedWithTheReason() {
    StringWriter err = new StringWriter();
    CommandLine cl = Bench.commandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute("share", "--docs", "10", "--set", "kafka.partitions=3"));
    assertTrue(err.toString().startsWith("--set: the benchmarks generate their own data and run every engine with fixed "
        + "settings, so they read no configuration"), err.toString());
  }
}
