package dev.framewatch.ingest.state;

import dev.framewatch.ingest.kafka.CrawlProducer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source's crawl state in the compacted {@code crawl-state} topic (see {@link CrawlStateMessages}), so any worker can
 * resume any source where the last one stopped. The topic is the truth: on open the source's entries are read from the
 * beginning to the end offsets into a memory cache, and the local H2 file is made equal to them (it stays as this machine's
 * cache and as the lock that keeps two crawls of one source on one machine apart).
 *
 * <p>{@link #write} sends every entry through the crawl's transactional {@link CrawlProducer}, the one its record sink sends
 * through, and commits: the entries and the records they vouch for (sent since the last commit) become visible together, and
 * only then are the caches updated. The topic is read with {@code read_committed}, so entries of a crawl that died before
 * its commit are never read back.
 *
 * <p>Upgrade: when the topic holds nothing for the source but the local file does (a single-machine install's
 * {@code <data.dir>/crawl-state/<source>.mv.db}), the file is published to the topic once, and a line says so.
 */
public final class KafkaCrawlStateStore implements CrawlStateStore {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaCrawlStateStore.class);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private final String source;
  private final String topic;
  private final CrawlProducer producer;
  private final MemoryCrawlStateStore cache = new MemoryCrawlStateStore();
  private final H2CrawlStateStore local;

  private KafkaCrawlStateStore(String source, String topic, CrawlProducer producer, H2CrawlStateStore local) {
    this.source = source;
    this.topic = topic;
    this.producer = producer;
    this.local = local;
  }

  /**
   * Opens the state of {@code source} kept in {@code topic}, with {@code local} (owned from now on, closed with this store)
   * as the local cache, writing through {@code producer} (the crawl's, not owned: the caller closes it).
   *
   * @throws IllegalStateException when the topic is missing or cannot be read within 60 s
   */
  public static KafkaCrawlStateStore open(String bootstrapServers, String topic, String source, H2CrawlStateStore local,
      CrawlProducer producer) {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(producer, "producer");
    KafkaCrawlStateStore store = null;
    try {
      Changes fromTopic = read(bootstrapServers, topic, source);
      store = new KafkaCrawlStateStore(source, topic, producer, local);
      Changes onDisk = local.snapshot();
      if (fromTopic.isEmpty() && !onDisk.isEmpty()) {
        store.send(onDisk);
        LOG.info("crawl state of {}: topic {} held nothing for it; published {} validators, {} cursors and {} marks from {}",
            source, topic, onDisk.validators().size(), onDisk.cursors().size(), onDisk.marks().size(), local);
        store.cache.write(onDisk);
      } else {
        store.cache.write(fromTopic);
        local.replaceAll(store.cache.snapshot());
      }
      return store;
    } catch (RuntimeException e) {
      if (store != null) {
        store.close();
      } else {
        local.close();
      }
      throw e;
    }
  }

  /** The source's entries in the topic, from its beginning to the end offsets at the time of the call. */
  static Changes read(String bootstrapServers, String topic, String source) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "framewatch-crawl-state-reader-" + source);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    // Only committed entries: those a dead crawl sent after its last checkpoint were aborted with its records. End offsets are
    // then the last stable offsets, so an open transaction of a crawl still running does not hold the read up.
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Changes out = new Changes();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<PartitionInfo> partitions = consumer.partitionsFor(topic, READ_TIMEOUT);
      if (partitions == null || partitions.isEmpty()) {
        throw new IllegalStateException("the crawl state topic " + topic + " does not exist on " + bootstrapServers);
      }
      List<TopicPartition> tps = new ArrayList<>();
      partitions.forEach(p -> tps.add(new TopicPartition(topic, p.partition())));
      consumer.assign(tps);
      consumer.seekToBeginning(tps);
      Map<TopicPartition, Long> end = consumer.endOffsets(tps, READ_TIMEOUT);
      long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
      while (tps.stream().anyMatch(tp -> consumer.position(tp, READ_TIMEOUT) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read the crawl state topic " + topic + " within "
              + READ_TIMEOUT.toSeconds() + " s");
        }
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (CrawlStateMessages.belongsTo(r.key(), source)) {
            CrawlStateMessages.decode(source, r.key(), r.value(), out);
          }
        }
      }
    }
    return out;
  }

  @Override
  public Optional<Validators> validators(URI url) {
    return cache.validators(url);
  }

  @Override
  public Optional<String> cursor(String name) {
    return cache.cursor(name);
  }

  @Override
  public Optional<String> mark(String kind, String key) {
    return cache.mark(kind, key);
  }

  @Override
  public long marks(String kind) {
    return cache.marks(kind);
  }

  /**
   * Sends {@code changes} and commits the crawl's transaction (also when there are none: the records sent since the last
   * commit become visible), then updates the caches.
   */
  @Override
  public synchronized void write(Changes changes) {
    send(changes);
    if (!changes.isEmpty()) {
      cache.write(changes);
      local.write(changes);
    }
  }

  private void send(Changes changes) {
    CrawlStateMessages.encode(source, changes).forEach((key, value) ->
        producer.send(new ProducerRecord<>(topic, key, value), null));
    try {
      producer.commit();
    } catch (IllegalStateException e) {
      throw new IllegalStateException("cannot write the crawl state of " + source + " to " + topic + ": " + e.getMessage(),
          e);
    }
  }

  @Override
  public void close() {
    local.close();
  }

  @Override
  public String toString() {
    return "crawl state of " + source + " in " + topic + " (cached in " + local + ")";
  }
}
