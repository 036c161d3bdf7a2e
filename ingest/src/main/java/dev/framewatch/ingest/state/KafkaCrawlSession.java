package dev.framewatch.ingest.state;

import dev.framewatch.core.record.Topics;
import dev.framewatch.ingest.kafka.CrawlProducer;
import dev.framewatch.ingest.kafka.KafkaRecordSink;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.kafka.RecordSizeLimit;
import java.nio.file.Path;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A crawl's Kafka side: its {@link CrawlState} in the compacted {@code crawl-state} topic and its {@link RecordSink}, both
 * sending through one transactional {@link CrawlProducer}, so each checkpoint makes a page's records and the state that
 * vouches for them visible at once. A worker killed mid-page leaves nothing behind that its successor would send again.
 *
 * <p>Opened in this order, for a reason each: the local cache file first (it locks the source on this machine, so a second
 * crawl of it here fails before it can fence the first), then the producer (fencing a dead worker's producer on another
 * machine and aborting its open transaction), then the state read back from the topic.
 */
public final class KafkaCrawlSession implements AutoCloseable {
  private final CrawlProducer producer;
  private final CrawlState state;
  private final KafkaRecordSink sink;

  private KafkaCrawlSession(CrawlProducer producer, CrawlState state, KafkaRecordSink sink) {
    this.producer = producer;
    this.state = state;
    this.sink = sink;
  }

  /**
   * Opens the crawl of {@code source} in the deployment whose topics are {@code topics}, its local cache under
   * {@code cacheDir}.
   *
   * @throws IllegalStateException when another crawl of the source holds the cache on this machine, or Kafka cannot be reached
   */
  public static KafkaCrawlSession open(String bootstrapServers, Topics topics, Path cacheDir, String source,
      RecordSizeLimit limit) {
    H2CrawlStateStore local = H2CrawlStateStore.open(cacheDir, source);
    CrawlProducer producer;
    try {
      producer = CrawlProducer.open(bootstrapServers, CrawlProducer.transactionalId(topics.prefix(), source), limit);
    } catch (RuntimeException e) {
      local.close();
      throw e;
    }
    try {
      // Owns local from here on, and closes it itself if it fails.
      CrawlState state = CrawlState.of(KafkaCrawlStateStore.open(bootstrapServers, topics.crawlState(), source, local,
          producer));
      return new KafkaCrawlSession(producer, state, new KafkaRecordSink(producer, new KafkaProducer<>(
          KafkaRecordSink.producerConfig(bootstrapServers, CrawlProducer.transactionalId(topics.prefix(), source)
              + "-dead-letters", limit), new StringSerializer(), new ByteArraySerializer()), topics, limit));
    } catch (RuntimeException e) {
      producer.close();
      throw e;
    }
  }

  public CrawlState state() {
    return state;
  }

  public RecordSink sink() {
    return sink;
  }

  /** Makes what was sent since the last checkpoint visible (a crawl's dead letters after its last page, say). */
  public void commit() {
    sink.flush();
    producer.commit();
  }

  /** Aborts what was not committed (a failed crawl), then closes the state, the sink's dead-letter producer and the producer. */
  @Override
  public void close() {
    try {
      state.close();
    } finally {
      try {
        sink.close();
      } finally {
        producer.close();
      }
    }
  }
}
