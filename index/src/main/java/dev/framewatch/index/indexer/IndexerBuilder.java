package dev.framewatch.index.indexer;

import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Topics;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.MethodCheck;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.lucene.index.IndexWriterConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configures and opens an {@link Indexer}: where the index is, which topics and methods, how often to commit, which Kafka.
 * Required: {@link #indexDir}, {@link #topics}, {@link #methods}, {@link #commitPolicy} and {@link #kafka}; the rest have
 * defaults (the standard vocabulary, Lucene's default RAM buffer, no progress callback, {@link Indexer.Start#RESUME}).
 */
public final class IndexerBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  private Path indexDir;
  private Topics topics;
  private MethodSet methods;
  private Vocabulary vocabulary = Vocabulary.standard();
  private CommitPolicy commitPolicy;
  private double ramBufferMb = IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB;
  private LongConsumer progress = n -> { };
  private Indexer.Start start = Indexer.Start.RESUME;
  private Supplier<Consumer<String, byte[]>> consumers;

  IndexerBuilder() {}

  public IndexerBuilder indexDir(Path indexDir) {
    this.indexDir = indexDir.toAbsolutePath().normalize();
    return this;
  }

  public IndexerBuilder topics(Topics topics) {
    this.topics = topics;
    return this;
  }

  /** The methods the index counts with ({@code method.default} first, then {@code method.indexed}). */
  public IndexerBuilder methods(MethodSet methods) {
    this.methods = methods;
    return this;
  }

  public IndexerBuilder vocabulary(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    return this;
  }

  public IndexerBuilder commitPolicy(CommitPolicy commitPolicy) {
    this.commitPolicy = commitPolicy;
    return this;
  }

  /** Lucene's RAM buffer before it flushes a segment ({@code index.ram-buffer-mb}). */
  public IndexerBuilder ramBufferMb(double ramBufferMb) {
    this.ramBufferMb = ramBufferMb;
    return this;
  }

  /** Called after every batch that brought records, with the records consumed so far by this indexer; null for none. */
  public IndexerBuilder progress(LongConsumer progress) {
    this.progress = progress == null ? n -> { } : progress;
    return this;
  }

  public IndexerBuilder start(Indexer.Start start) {
    this.start = Objects.requireNonNull(start, "start");
    return this;
  }

  /** The Kafka cluster to consume from. */
  public IndexerBuilder kafka(String bootstrapServers) {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("indexer needs Kafka bootstrap servers (kafka.bootstrap-servers), got none");
    }
    String servers = bootstrapServers.trim();
    this.consumers = () -> new KafkaConsumer<>(consumerConfig(servers), new StringDeserializer(),
        new ByteArrayDeserializer());
    return this;
  }

  /** For tests: any consumer (e.g. a MockConsumer), or a factory that fails when only {@link Indexer#apply} is used. */
  IndexerBuilder consumers(Supplier<Consumer<String, byte[]>> consumers) {
    this.consumers = consumers;
    return this;
  }

  /**
   * Opens (or creates) the index and reads the offsets of its last commit. Kafka is not contacted until a run starts.
   *
   * @throws IllegalStateException when another process holds the index, or the index was built with other methods
   */
  public Indexer open() {
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(methods, "methods");
    Objects.requireNonNull(commitPolicy, "commitPolicy");
    Objects.requireNonNull(consumers, "kafka");
    boolean rebuild = start == Indexer.Start.REBUILD;
    LuceneSink sink = LuceneSink.open(indexDir, methods, ramBufferMb, rebuild);
    try {
      if (!rebuild) {
        MethodCheck.requireBuiltWith(indexDir, sink.resumed(), methods);
      }
      LabelMerge documents = new LabelMerge(sink, new DocumentBuilder(methods, vocabulary), sink.anyLabels());
      Indexer indexer = new Indexer(topics, commitPolicy, progress, consumers, sink, documents);
      if (rebuild) {
        LOG.info("rebuilding index {} from the beginning of {}", indexDir, indexer.consumedTopics());
      }
      return indexer;
    } catch (RuntimeException e) {
      sink.close();
      throw e;
    }
  }

  private static Map<String, Object> consumerConfig(String bootstrapServers) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "framewatch-indexer");
    // No group: partitions are assigned by hand and offsets live in the Lucene commit, never in Kafka.
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Reading must never create topics; the importer and crawlers create them with compaction on.
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    // Records of aborted producer transactions must never reach the index.
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    return props;
  }
}
