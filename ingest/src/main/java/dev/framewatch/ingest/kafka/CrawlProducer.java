package dev.framewatch.ingest.kafka;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One crawl's producer, transactional, shared by its record sink and its crawl-state store: a page's records and the state
 * entries that vouch for them become visible together or not at all (Kafka transactions; readers use {@code read_committed}).
 *
 * <p>The transactional id is the same for every crawl of one source in one deployment ({@code <topic prefix>crawl-<source>}), so
 * a worker that takes over a crawl from one that died fences the dead one and aborts its open transaction when it opens this
 * producer: what the dead worker sent after its last checkpoint is never seen, and the new worker, resuming from that
 * checkpoint, sends it once. A crawl of the same source started beside a running one fences the running one too, which then
 * fails with a message saying so rather than both publishing.
 *
 * <p>A transaction opens on the first send and ends at {@link #commit()} ({@code Checkpoint} commits after each page). The
 * transaction timeout is the broker's default maximum, 15 minutes, because a page of PDFs fetched at a polite rate can take
 * minutes; a worker that dies without a successor leaves its last page's records invisible to readers until then.
 */
public final class CrawlProducer implements MessageSender, AutoCloseable {
  /** Kafka's default {@code transaction.max.timeout.ms}: the longest a page may take between two checkpoints. */
  static final int TRANSACTION_TIMEOUT_MS = 15 * 60 * 1000;
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Producer<String, byte[]> producer;
  private final String transactionalId;
  private boolean inTransaction;
  private boolean fenced;

  CrawlProducer(Producer<String, byte[]> producer, String transactionalId) {
    this.producer = Objects.requireNonNull(producer, "producer");
    this.transactionalId = transactionalId;
  }

  /** The transactional id of a source's crawls in the deployment whose topics start with {@code topicPrefix}. */
  public static String transactionalId(String topicPrefix, String source) {
    return topicPrefix + "crawl-" + source;
  }

  /**
   * Opens the producer and registers its transactional id with the cluster, which fences any earlier producer of that id and
   * aborts its open transaction.
   */
  public static CrawlProducer open(String bootstrapServers, String transactionalId, RecordSizeLimit limit) {
    Producer<String, byte[]> producer = new KafkaProducer<>(config(bootstrapServers, transactionalId, limit),
        new StringSerializer(), new ByteArraySerializer());
    CrawlProducer out = new CrawlProducer(producer, transactionalId);
    try {
      producer.initTransactions();
    } catch (KafkaException e) {
      producer.close(Duration.ZERO);
      throw new IllegalStateException("cannot start the Kafka transactions of " + transactionalId + " on "
          + bootstrapServers + ": " + e.getMessage(), e);
    }
    return out;
  }

  static Map<String, Object> config(String bootstrapServers, String transactionalId, RecordSizeLimit limit) {
    Map<String, Object> config = new LinkedHashMap<>(KafkaRecordSink.producerConfig(bootstrapServers, transactionalId, limit));
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, TRANSACTION_TIMEOUT_MS);
    return config;
  }

  @Override
  public synchronized void send(ProducerRecord<String, byte[]> message, Callback callback) {
    try {
      if (!inTransaction) {
        producer.beginTransaction();
        inTransaction = true;
      }
      producer.send(message, callback);
    } catch (ProducerFencedException e) {
      throw fenced(e);
    }
  }

  @Override
  public void flush() {
    producer.flush();
  }

  /** Makes everything sent since the last commit visible, atomically; returns once Kafka has committed it. */
  public synchronized void commit() {
    if (!inTransaction) {
      return;
    }
    try {
      producer.commitTransaction();
      inTransaction = false;
    } catch (ProducerFencedException e) {
      throw fenced(e);
    } catch (KafkaException e) {
      throw new IllegalStateException("cannot commit the crawl's records to Kafka (" + transactionalId + "): "
          + e.getMessage(), e);
    }
  }

  private IllegalStateException fenced(ProducerFencedException e) {
    fenced = true;
    return new IllegalStateException("another crawl of the same source took over (" + transactionalId + " was fenced); "
        + "this one stops, and nothing it sent since its last checkpoint is kept", e);
  }

  /** Aborts what is open (a crawl that failed), then closes. */
  @Override
  public synchronized void close() {
    try {
      if (inTransaction && !fenced) {
        producer.abortTransaction();
      }
    } catch (KafkaException e) {
      // The broker aborts it after the transaction timeout, or the next producer of this id does at once.
    } finally {
      producer.close(CLOSE_TIMEOUT);
    }
  }
}
