package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.app.kafka.TopicSetup;
import dev.framewatch.app.testing.Cli;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Topics;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.kafka.KafkaRecordSink;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumer lag {@code /metrics} reports under {@code run} and {@code demo}: records in Kafka the index has not consumed. */
class ConsumerLagIT {
  @TempDir Path dir;

  @Test
  void theLagIsWhatKafkaHoldsBeyondTheIndexedOffsets() {
    Path data = dir.resolve("data");
    try (EmbeddedBroker.Handle kafka = EmbeddedBroker.startOrAttach(data.resolve("kafka"), 30_000)) {
      Settings settings = Settings.defaults().with("data.dir", data.toString());
      Topics topics = KafkaAccess.topics(settings);
      TopicSetup.ensure(kafka.bootstrapServers(), topics, 1);
      try (KafkaRecordSink sink = KafkaRecordSink.create(kafka.bootstrapServers(), topics, "lag-test")) {
        for (int i = 1; i <= 3; i++) {
          sink.publish(new Model("hf:org/m" + i, "huggingface", null, "org/m" + i, "timm", List.of("timm", "pytorch"),
              "image-classification", LocalDate.of(2024, 1, i), 10, 1, null));
        }
        sink.flush();
      }
      LongSupplier before = DashboardWiring.consumerLag(settings, kafka.bootstrapServers());
      assertEquals(3, before.getAsLong(), "nothing indexed yet");

      assertEquals(0, new Cli(data).run("index", "--until-caught-up").exitCode());
      assertEquals(3, before.getAsLong(), "asked again within 10 s: the cached figure");
      assertEquals(0, DashboardWiring.consumerLag(settings, kafka.bootstrapServers()).getAsLong(), "caught up");
    }
  }
}
