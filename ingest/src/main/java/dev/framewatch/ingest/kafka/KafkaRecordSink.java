package dev.framewatch.ingest.kafka;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes records to their kind's compacted topic (key = record id, value = the record's contract JSON) and failures to the
 * dead-letter topic (key = origin, value = {@link DeadLetter#toJson()}).
 *
 * <p>Sends are asynchronous. The first failed send is remembered and thrown by {@link #flush()}, and by every later flush: once
 * a send has failed, what was sent after it is not known to be complete, so the caller must not report success.
 */
public final class KafkaRecordSink implements RecordSink {
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Producer<String, byte[]> producer;
  private final Topics topics;
  private final AtomicReference<SendFailedException> firstFailure = new AtomicReference<>();

  /** Wraps any producer, e.g. Kafka's {@code MockProducer} in tests. The sink owns it and closes it. */
  public KafkaRecordSink(Producer<String, byte[]> producer, Topics topics) {
    this.producer = Objects.requireNonNull(producer, "producer");
    this.topics = Objects.requireNonNull(topics, "topics");
  }

  /** A sink with a real producer configured by {@link #producerConfig(String, String)}. */
  public static KafkaRecordSink create(String bootstrapServers, Topics topics, String clientId) {
    return new KafkaRecordSink(
        new KafkaProducer<>(producerConfig(bootstrapServers, clientId), new StringSerializer(), new ByteArraySerializer()),
        topics);
  }

  /**
   * The producer settings. Idempotence and acks=all are stated even though they are Kafka's defaults since 3.0: a retry after a
   * lost acknowledgement must not duplicate a record, and that guarantee should not depend on a default that could change.
   * Lingering 10 ms into 256 KiB lz4 batches suits crawls and imports, which send many small records in bursts.
   */
  public static Map<String, Object> producerConfig(String bootstrapServers, String clientId) {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("Kafka bootstrap servers must not be empty");
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return Map.copyOf(config);
  }

  @Override
  public void publish(EvidenceRecord record) {
    send(new ProducerRecord<>(topics.forKind(record.kind()), record.id(), RecordCodec.encodeBytes(record)));
  }

  @Override
  public void deadLetter(DeadLetter letter) {
    send(new ProducerRecord<>(topics.deadLetter(), letter.origin(), letter.toJson().getBytes(StandardCharsets.UTF_8)));
  }

  private void send(ProducerRecord<String, byte[]> message) {
    Callback callback =
        (metadata, error) -> {
          if (error != null) {
            firstFailure.compareAndSet(null, new SendFailedException(message.topic(), message.key(), error));
          }
        };
    producer.send(message, callback);
  }

  @Override
  public void flush() {
    producer.flush();
    SendFailedException failure = firstFailure.get();
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void close() {
    producer.close(CLOSE_TIMEOUT);
  }
}
