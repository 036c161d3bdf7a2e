package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.TopicOffsets;
import dev.framewatch.app.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While one process runs the embedded broker of a data dir, a second `framewatch` on that dir uses it instead of failing. */
class SecondProcessAttachesIT {
  @TempDir Path dir;

  @Test
  void importInAnotherJvmUsesTheRunningBroker() throws Exception {
    Path data = dir.resolve("data");
    Path file = dir.resolve("models.jsonl");
    Files.writeString(file, "{\"id\":\"hf:a/b\",\"kind\":\"model\",\"source\":\"huggingface\",\"model_id\":\"a/b\","
        + "\"tags\":[\"pytorch\"]}\n{\"id\":\"hf:a/c\",\"kind\":\"model\",\"source\":\"huggingface\",\"model_id\":\"a/c\"}\n");
    try (EmbeddedBroker.Handle owner = EmbeddedBroker.startOrAttach(data.resolve("kafka"), 30_000)) {
      assertTrue(owner instanceof EmbeddedBroker.Owned);
      Path log = dir.resolve("child.log");
      Process child = ChildJvm.start(log, "import", "model", file.toString(), "--data-dir", data.toString());
      assertTrue(child.waitFor(120, TimeUnit.SECONDS));
      String out = Files.readString(log);
      assertEquals(0, child.exitValue(), out);
      assertTrue(out.contains("imported 2 model records"), out);
      assertEquals(2, TopicOffsets.read(owner.bootstrapServers(), List.of("framewatch.models"))
          .get("framewatch.models").get(0).records());
    }
  }
}
