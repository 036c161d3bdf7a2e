package dev.framewatch.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Stars;
import dev.framewatch.core.record.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaRecordSinkTest {
  private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
  private final Model model = new Model("hf:timm/resnet50.a1_in1k", "huggingface", AT, "timm/resnet50.a1_in1k", "timm",
      List.of("timm", "pytorch", "safetensors"), "image-classification", LocalDate.of(2023, 4, 5), 1104421, 39, Map.of());
  private final Stars stars = new Stars("stars:pytorch/pytorch:2025-01-01", "github", AT, "pytorch/pytorch",
      LocalDate.of(2025, 1, 1), 84000, 51, Map.of());

  @Test
  void statesDurabilityAndBatchingSettings() {
    Map<String, Object> config = KafkaRecordSink.producerConfig("127.0.0.1:9092", "framewatch-crawl-huggingface");
    assertEquals("127.0.0.1:9092", config.get("bootstrap.servers"));
    assertEquals("framewatch-crawl-huggingface", config.get("client.id"));
    assertEquals(true, config.get("enable.idempotence"));
    assertEquals("all", config.get("acks"));
    assertEquals(10, config.get("linger.ms"));
    assertEquals(262_144, config.get("batch.size"));
    assertEquals("lz4", config.get("compression.type"));
  }

  @Test
  void theProducerLetsEveryRecordUnderTheLimitThrough() {
    assertEquals(1_052_672, KafkaRecordSink.producerConfig("127.0.0.1:9092", "x").get("max.request.size"));
    assertEquals(6_144, KafkaRecordSink.producerConfig("127.0.0.1:9092", "x", new RecordSizeLimit(2_048))
        .get("max.request.size"));
  }

  @Test
  void aRecordOverTheLimitIsRefusedBeforeSendingAndADeadLetterIsCutToFit() throws Exception {
    MockProducer<String, byte[]> producer = producer(true);
    try (KafkaRecordSink sink = new KafkaRecordSink(producer, new Topics("fw."), new RecordSizeLimit(2_048))) {
      dev.framewatch.core.record.Job job =
          new dev.framewatch.core.record.Job("job:a:1", "a", null, "T", null, null, null, "x".repeat(2_000), Map.of());
      RecordTooLargeException e = assertThrows(RecordTooLargeException.class, () -> sink.publish(job));
      assertEquals("record is 2071 bytes, over the 2048-byte limit", e.getMessage());
      assertEquals(List.of(), producer.history());

      sink.deadLetter(new DeadLetter("import:/tmp/j.jsonl:2", e.getMessage(), "y".repeat(60_000), Map.of("line", "2"), AT));
      sink.flush();
      ProducerRecord<String, byte[]> sent = producer.history().get(0);
      assertEquals("fw.dead-letter", sent.topic());
      assertTrue(RecordSizeLimit.sizeOf(sent.key(), sent.value()) <= 2_048);
      String input = Json.mapper().readTree(new String(sent.value(), StandardCharsets.UTF_8)).get("input").textValue();
      assertEquals("y".repeat(input.length()), input);
      assertEquals(1_837, input.length()); // cut in proportion to the excess, and a tenth more
    }
  }

  @Test
  void rejectsEmptyBootstrapServers() {
    assertThrows(IllegalArgumentException.class, () -> KafkaRecordSink.producerConfig(" ", "x"));
  }

  @Test
  void sendsRecordsToTheirKindsTopicKeyedByIdAndDeadLettersByOrigin() throws Exception {
    MockProducer<String, byte[]> producer = producer(true);
    try (KafkaRecordSink sink = new KafkaRecordSink(producer, new Topics("fw."))) {
      sink.publish(model);
      sink.publish(stars);
      sink.deadLetter(new DeadLetter("import:/tmp/m.jsonl:3", "field 'id': is required", "{}", Map.of("line", "3"), AT));
      sink.flush();

      List<ProducerRecord<String, byte[]>> sent = producer.history();
      assertEquals(List.of("fw.models", "fw.stars", "fw.dead-letter"), sent.stream().map(ProducerRecord::topic).toList());
      assertEquals(List.of("hf:timm/resnet50.a1_in1k", "stars:pytorch/pytorch:2025-01-01", "import:/tmp/m.jsonl:3"),
          sent.stream().map(ProducerRecord::key).toList());
      assertEquals(model, RecordCodec.decode(sent.get(0).value()));
      assertEquals("field 'id': is required",
          Json.mapper().readTree(new String(sent.get(2).value(), StandardCharsets.UTF_8)).get("reason").textValue());
    }
    assertTrue(producer.closed());
  }

  @Test
  void flushThrowsTheFirstFailedSend() {
    MockProducer<String, byte[]> producer = producer(false);
    KafkaRecordSink sink = new KafkaRecordSink(producer, new Topics("fw."));
    sink.publish(model);
    sink.publish(stars);
    producer.errorNext(new NotEnoughReplicasException("not enough in-sync replicas"));
    producer.errorNext(new NotEnoughReplicasException("second failure"));

    SendFailedException e = assertThrows(SendFailedException.class, sink::flush);
    assertEquals("fw.models", e.topic());
    assertEquals("hf:timm/resnet50.a1_in1k", e.key());
    assertEquals("Kafka did not accept the message for topic 'fw.models' with key 'hf:timm/resnet50.a1_in1k': "
        + "NotEnoughReplicasException: not enough in-sync replicas", e.getMessage());
    // Sticky: a later flush still reports it.
    assertThrows(SendFailedException.class, sink::flush);
    sink.close();
  }

  /** No partitioner: the mock cluster has no partitions, so every message goes to partition 0. */
  private static MockProducer<String, byte[]> producer(boolean autoComplete) {
    return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
  }
}
