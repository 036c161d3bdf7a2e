package dev.framewatch.index.indexer;

import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Topics;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.adoption.AdoptionIndex;
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
 * Configures and opens an {@link Indexer}: where the index is, which topics and methods, how often to commit (all given to
 * {@link Indexer#builder}), and which Kafka ({@link #kafka}, required). The rest have defaults: Lucene's default RAM buffer, no
 * progress callback, resuming the index rather than rebuilding it.
 */
public final class IndexerBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  // Optional, with their defaults.
  private double ramBufferMb = IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB;
  private LongConsumer progress = n -> { };
  private LongConsumer backlog = n -> { };
  private boolean rebuild;
  private Supplier<Consumer<String, byte[]>> consumers; // required, but only known once kafka() is called

  private final Path indexDir;
  private final Topics topics;
  private final MethodSet methods;
  private final CommitPolicy commitPolicy;

  IndexerBuilder(Path indexDir, Topics topics, MethodSet methods, CommitPolicy commitPolicy) {
    this.indexDir = indexDir.toAbsolutePath().normalize();
    this.topics = Objects.requireNonNull(topics, "topics");
    this.methods = Objects.requireNonNull(methods, "methods");
    this.commitPolicy = Objects.requireNonNull(commitPolicy, "commitPolicy");
  }

  /** What the loop runs with: the topics, when to commit, whom to tell of progress, where its consumer comes from. */
  record Loop(Topics topics, CommitPolicy commitPolicy, LongConsumer progress, LongConsumer backlog,
      Supplier<Consumer<String, byte[]>> consumers) {}

  /** Lucene's RAM buffer before it flushes a segment ({@code index.ram-buffer-mb}). */
  public IndexerBuilder ramBufferMb(double megabytes) {
    ramBufferMb = megabytes;
    return this;
  }

  /** Called after every batch that brought records, with the records consumed so far by this indexer; null for none. */
  public IndexerBuilder progress(LongConsumer onBatch) {
    progress = onBatch == null ? n -> { } : onBatch;
    return this;
  }

  /**
   * Told once, when {@link Indexer#runUntilCaughtUp} starts, how many offsets lie between the index's positions and the ends
   * of the topics: the most records that run reads (a compacted topic has gaps, so it may read fewer). A progress bar's total;
   * null for none.
   */
  public IndexerBuilder backlog(LongConsumer offsetsToRead) {
    backlog = offsetsToRead == null ? n -> { } : offsetsToRead;
    return this;
  }

  /**
   * Builds a new index from the beginning of every topic ({@code framewatch reindex} into a fresh directory, or over an old
   * index): the old one stays readable until the new one's first commit replaces it, and its methods do not matter.
   */
  public IndexerBuilder rebuild() {
    rebuild = true;
    return this;
  }

  /** The Kafka cluster to consume from. */
  public IndexerBuilder kafka(String bootstrapServers) {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("indexer needs Kafka bootstrap servers (kafka.bootstrap-servers), got none");
    }
    String servers = bootstrapServers.trim();
    return consumers(() -> new KafkaConsumer<>(consumerConfig(servers), new StringDeserializer(),
        new ByteArrayDeserializer()));
  }

  /** For tests: any consumer (e.g. a MockConsumer), or a factory that fails when only {@link Indexer#apply} is used. */
  IndexerBuilder consumers(Supplier<Consumer<String, byte[]>> factory) {
    consumers = factory;
    return this;
  }

  /**
   * Opens (or creates) the index and reads the offsets of its last commit. Kafka is not contacted until a run starts.
   *
   * @throws IllegalStateException when another process holds the index, or the index was built with other methods
   */
  public Indexer open() {
    Objects.requireNonNull(consumers, "kafka");
    LuceneSink sink = LuceneSink.open(indexDir, methods, ramBufferMb, rebuild);
    try {
      if (!rebuild) {
        MethodCheck.requireBuiltWith(indexDir, sink.resumed(), methods);
      }
      // The vocabulary is the standard one everywhere: the index's fields must mean the same to every reader.
      LabelMerge documents = new LabelMerge(sink, new DocumentBuilder(methods, Vocabulary.standard()), sink.anyLabels());
      Indexer indexer = new Indexer(new Loop(topics, commitPolicy, progress, backlog, consumers), sink, documents,
          AdoptionIndex.open(indexDir, rebuild));
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
