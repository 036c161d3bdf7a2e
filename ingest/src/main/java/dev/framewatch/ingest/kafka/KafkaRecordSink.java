package dev.framewatch.ingest.kafka;

import dev.framewatch.core.record.Adoption;
import dev.framewatch.core.record.AdoptionCodec;
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
 * <p>Each record is checked against the {@link RecordSizeLimit} before it is sent: one over it is refused with a
 * {@link RecordTooLargeException} (the caller dead-letters it and goes on), where Kafka would fail the send and so the whole
 * import or crawl. A dead letter over the limit has its input cut until it fits.
 *
 * <p>Sends are asynchronous. The first failed send is remembered and thrown by {@link #flush()}, and by every later flush: once
 * a send has failed, what was sent after it is not known to be complete, so the caller must not report success.
 */
public final class KafkaRecordSink implements RecordSink {
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final MessageSender sender;
  /** Where dead letters go: the same sender, or (for a transactional crawl) a plain producer of their own. */
  private final MessageSender deadLetterSender;
  /** The producer this sink owns and closes; null when it sends through a crawl's shared {@link CrawlProducer}. */
  private final Producer<String, byte[]> owned;
  private final Topics topics;
  private final RecordSizeLimit limit;
  private final AtomicReference<SendFailedException> firstFailure = new AtomicReference<>();

  /** Wraps any producer, e.g. Kafka's {@code MockProducer} in tests. The sink owns it and closes it. */
  public KafkaRecordSink(Producer<String, byte[]> producer, Topics topics) {
    this(producer, topics, RecordSizeLimit.DEFAULT);
  }

  public KafkaRecordSink(Producer<String, byte[]> producer, Topics topics, RecordSizeLimit limit) {
    this(sender(Objects.requireNonNull(producer, "producer")), null, producer, topics, limit);
  }

  /**
   * A sink that sends records through a crawl's shared transactional producer (which the caller owns and commits): they become
   * visible with the crawl-state entries that vouch for them. Dead letters go through {@code deadLetters} (owned by this sink),
   * outside the transactions: a dead letter records a failure that happened, visible at once, and it keeps the dead-letter
   * topic free of transaction markers, so its offsets still count its letters.
   */
  public KafkaRecordSink(CrawlProducer shared, Producer<String, byte[]> deadLetters, Topics topics, RecordSizeLimit limit) {
    this(Objects.requireNonNull(shared, "shared"), sender(Objects.requireNonNull(deadLetters, "deadLetters")), deadLetters,
        topics, limit);
  }

  private KafkaRecordSink(MessageSender sender, MessageSender deadLetterSender, Producer<String, byte[]> owned, Topics topics,
      RecordSizeLimit limit) {
    this.sender = sender;
    this.deadLetterSender = deadLetterSender == null ? sender : deadLetterSender;
    this.owned = owned;
    this.topics = Objects.requireNonNull(topics, "topics");
    this.limit = Objects.requireNonNull(limit, "limit");
  }

  private static MessageSender sender(Producer<String, byte[]> producer) {
    return new MessageSender() {
      @Override
      public void send(ProducerRecord<String, byte[]> message, Callback callback) {
        producer.send(message, callback);
      }

      @Override
      public void flush() {
        producer.flush();
      }
    };
  }

  /** A sink with a real producer configured by {@link #producerConfig(String, String)}, at the default limit. */
  public static KafkaRecordSink create(String bootstrapServers, Topics topics, String clientId) {
    return create(bootstrapServers, topics, clientId, RecordSizeLimit.DEFAULT);
  }

  /** A sink with a real producer configured by {@link #producerConfig(String, String, RecordSizeLimit)}. */
  public static KafkaRecordSink create(String bootstrapServers, Topics topics, String clientId, RecordSizeLimit limit) {
    return new KafkaRecordSink(new KafkaProducer<>(producerConfig(bootstrapServers, clientId, limit), new StringSerializer(),
        new ByteArraySerializer()), topics, limit);
  }

  @Override
  public RecordSizeLimit sizeLimit() {
    return limit;
  }

  /** {@link #producerConfig(String, String, RecordSizeLimit)} at the default limit. */
  public static Map<String, Object> producerConfig(String bootstrapServers, String clientId) {
    return producerConfig(bootstrapServers, clientId, RecordSizeLimit.DEFAULT);
  }

  /**
   * The producer settings. Idempotence and acks=all are stated even though they are Kafka's defaults since 3.0: a retry after a
   * lost acknowledgement must not duplicate a record, and that guarantee should not depend on a default that could change.
   * Lingering 10 ms into 256 KiB lz4 batches suits crawls and imports, which send many small records in bursts.
   */
  public static Map<String, Object> producerConfig(String bootstrapServers, String clientId, RecordSizeLimit limit) {
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
    // Records are checked against the limit before they are sent; the producer must then let every one of them through.
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, limit.kafkaBytes());
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return Map.copyOf(config);
  }

  @Override
  public void publish(EvidenceRecord record) {
    byte[] value = RecordCodec.encodeBytes(record);
    limit.check(record.id(), RecordSizeLimit.sizeOf(record.id(), value));
    send(sender, new ProducerRecord<>(topics.forKind(record.kind()), record.id(), value));
  }

  /** Sends the measurement to the adoption topic (a few hundred bytes: no size check needed beyond the limit's). */
  @Override
  public void publishAdoption(Adoption measurement) {
    byte[] value = AdoptionCodec.encodeBytes(measurement);
    limit.check(measurement.id(), RecordSizeLimit.sizeOf(measurement.id(), value));
    send(sender, new ProducerRecord<>(topics.adoption(), measurement.id(), value));
  }

  /** Sends the dead letter, its input cut (keeping its start) as far as needed to fit the limit. */
  @Override
  public void deadLetter(DeadLetter letter) {
    DeadLetter fitted = letter;
    byte[] value = fitted.toJson().getBytes(StandardCharsets.UTF_8);
    long size = RecordSizeLimit.sizeOf(letter.origin(), value);
    while (!limit.allows(size) && !fitted.input().isEmpty()) {
      // Cut in proportion to the excess, and by a tenth more: escaping makes bytes per character uneven.
      int keep = (int) (fitted.input().length() * (limit.bytes() / (double) size) * 0.9);
      String input = fitted.input();
      if (keep > 0 && Character.isHighSurrogate(input.charAt(keep - 1))) {
        keep--;
      }
      fitted = new DeadLetter(letter.origin(), letter.reason(), input.substring(0, Math.max(0, keep)), letter.context(),
          letter.at());
      value = fitted.toJson().getBytes(StandardCharsets.UTF_8);
      size = RecordSizeLimit.sizeOf(letter.origin(), value);
    }
    limit.check(letter.origin(), size);
    send(deadLetterSender, new ProducerRecord<>(topics.deadLetter(), letter.origin(), value));
  }

  private void send(MessageSender to, ProducerRecord<String, byte[]> message) {
    Callback callback =
        (metadata, error) -> {
          if (error != null) {
            firstFailure.compareAndSet(null, new SendFailedException(message.topic(), message.key(), error));
          }
        };
    to.send(message, callback);
  }

  @Override
  public void flush() {
    sender.flush();
    if (deadLetterSender != sender) {
      deadLetterSender.flush();
    }
    SendFailedException failure = firstFailure.get();
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public void close() {
    if (owned != null) {
      owned.close(CLOSE_TIMEOUT);
    }
  }
}
