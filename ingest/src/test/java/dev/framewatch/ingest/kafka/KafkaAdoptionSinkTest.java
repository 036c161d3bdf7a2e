package dev.framewatch.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.record.Adoption;
import dev.framewatch.core.record.AdoptionCodec;
import dev.framewatch.core.record.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Measurements go to the adoption topic, keyed by their id, in the record contract's JSON. */
class KafkaAdoptionSinkTest {
  @Test
  void measurementGoesToTheAdoptionTopicKeyedById() {
    MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    Adoption a = Adoption.of("github", Instant.parse("2024-02-02T05:00:00Z"), "new-repos", "pytorch", YearMonth.of(2024, 1),
        1234, false, "topic:pytorch created:2024-01-01..2024-01-31");
    try (KafkaRecordSink sink = new KafkaRecordSink(producer, new Topics("fw."))) {
      sink.publishAdoption(a);
      sink.flush();
    }
    assertEquals(1, producer.history().size());
    ProducerRecord<String, byte[]> sent = producer.history().get(0);
    assertEquals("fw.adoption", sent.topic());
    assertEquals("adoption:new-repos:pytorch:2024-01", sent.key());
    String json = new String(sent.value(), StandardCharsets.UTF_8);
    assertEquals("{\"id\":\"adoption:new-repos:pytorch:2024-01\",\"kind\":\"adoption\",\"source\":\"github\","
        + "\"fetched_at\":\"2024-02-02T05:00:00Z\",\"signal\":\"new-repos\",\"framework\":\"pytorch\",\"month\":\"2024-01\","
        + "\"value\":1234,\"incomplete\":false,\"query\":\"topic:pytorch created:2024-01-01..2024-01-31\"}", json);
    assertEquals(a, AdoptionCodec.decode(json));
  }
}
