package dev.framewatch.index.indexer;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.method.Method;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Topics;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the record topics into the Lucene index, exactly once.
 *
 * <p>Exactly once without Kafka transactions: documents are written with {@code updateDocument(id)} and the next offset of every
 * partition is stored in the user data of the same Lucene commit. After a crash Lucene opens at the last commit, the indexer
 * seeks to the offsets stored in it and replays; a replayed record replaces its own document, so nothing is lost or doubled.
 * Kafka consumer groups are not used (manual {@code assign}, no offset commits to Kafka): Lucene is the one place offsets live.
 *
 * <p>Not thread-safe: run, apply and close from one thread. To stop a continuous {@link #runUntil} run from elsewhere, make its
 * stop condition true and wait for it to return (it checks between polls, at least every {@link #POLL_TIMEOUT}).
 */
public final class Indexer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  /** How long one poll waits for records: bounds how late a stop request or a time-based commit can be. */
  static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

  /** How an indexer treats an existing index. */
  public enum Start {
    /** Continue from the offsets of the last commit; refuse an index built with another method. */
    RESUME,
    /**
     * Build a new index from the beginning of every topic ({@code framewatch reindex}): the old index stays readable until the
     * new one's first commit replaces it, and its method does not matter.
     */
    REBUILD
  }

  /** How often a continuous run looks for topics or partitions that did not exist when it started. */
  static final long TOPIC_REFRESH_MS = 10_000;

  private final Path indexDir;
  private final Topics topics;
  private final DocumentBuilder builder;
  private final MethodSet methods;
  private final CommitPolicy commitPolicy;
  private final LongConsumer progress;
  private final Supplier<Consumer<String, byte[]>> consumerFactory;
  private final Directory directory;
  private final IndexWriter writer;

  /** Next offset to consume per partition: restored from the last commit, advanced by every applied record. */
  private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();

  private Consumer<String, byte[]> consumer;
  private Set<TopicPartition> assigned = Set.of();
  private long lastTopicRefreshNanos;

  private boolean hasCommit;
  private long uncommittedRecords;
  private long firstUncommittedNanos;
  private boolean failed;
  private boolean closed;

  /**
   * Label lookups: a near-real-time reader and the documents written since it was opened (which it cannot see). A document not
   * in {@code recent} is as the reader shows it, so the reader never needs reopening for correctness, only to bound memory.
   */
  private DirectoryReader nrt;
  private final Map<String, Current> recent = new HashMap<>();
  private static final int MAX_RECENT = 20_000;
  /** True once any document carries labels: only then must a record update look up labels to keep. */
  private boolean labelsPresent;

  /** A document's state as last written: its record and labels, or neither when it was deleted. */
  private record Current(EvidenceRecord record, Labels labels) {}

  private long consumed;
  private long written;
  private long deleted;
  private long skipped;
  private long commits;

  /**
   * Opens (or creates) the index and reads the offsets of its last commit. Kafka is not contacted until a run starts.
   *
   * @param progress called after every batch that brought records, with the records consumed so far by this indexer (may be
   *     null)
   * @throws IllegalStateException when another process holds the index, or the index was built with another method
   */
  public Indexer(Path indexDir, String bootstrapServers, Topics topics, MethodSet methods, Vocabulary vocabulary,
      CommitPolicy commitPolicy, double ramBufferMb, LongConsumer progress) {
    this(indexDir, bootstrapServers, topics, methods, vocabulary, commitPolicy, ramBufferMb, progress, Start.RESUME);
  }

  /** As above, choosing whether to resume the existing index or rebuild it from the beginning of the topics. */
  public Indexer(Path indexDir, String bootstrapServers, Topics topics, MethodSet methods, Vocabulary vocabulary,
      CommitPolicy commitPolicy, double ramBufferMb, LongConsumer progress, Start start) {
    this(indexDir, kafkaConsumerFactory(requireBootstrap(bootstrapServers)), topics, methods, vocabulary, commitPolicy,
        ramBufferMb, progress, start);
  }

  /** One method only (tests, benchmarks). */
  public Indexer(Path indexDir, String bootstrapServers, Topics topics, FrameworkDetector detector, Vocabulary vocabulary,
      CommitPolicy commitPolicy, double ramBufferMb, LongConsumer progress) {
    this(indexDir, bootstrapServers, topics, MethodSet.of(detector), vocabulary, commitPolicy, ramBufferMb, progress);
  }

  Indexer(Path indexDir, Supplier<Consumer<String, byte[]>> consumerFactory, Topics topics, FrameworkDetector detector,
      Vocabulary vocabulary, CommitPolicy commitPolicy, double ramBufferMb, LongConsumer progress, Start start) {
    this(indexDir, consumerFactory, topics, MethodSet.of(detector), vocabulary, commitPolicy, ramBufferMb, progress, start);
  }

  /** One method only. */
  public static Indexer fromSettings(Settings settings, String bootstrapServers, FrameworkDetector detector,
      LongConsumer progress) {
    return fromSettings(settings, bootstrapServers, MethodSet.of(detector), progress, Start.RESUME);
  }

  /** For tests: any consumer (e.g. a MockConsumer), or a factory that fails when only {@link #apply} is used. */
  Indexer(Path indexDir, Supplier<Consumer<String, byte[]>> consumerFactory, Topics topics, MethodSet methods,
      Vocabulary vocabulary, CommitPolicy commitPolicy, double ramBufferMb, LongConsumer progress, Start start) {
    this.indexDir = indexDir.toAbsolutePath().normalize();
    this.consumerFactory = Objects.requireNonNull(consumerFactory, "consumerFactory");
    this.topics = Objects.requireNonNull(topics, "topics");
    this.builder = new DocumentBuilder(methods, vocabulary);
    this.methods = methods;
    this.commitPolicy = Objects.requireNonNull(commitPolicy, "commitPolicy");
    this.progress = progress == null ? n -> { } : progress;
    try {
      Files.createDirectories(this.indexDir);
      this.directory = FSDirectory.open(this.indexDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + this.indexDir + ": " + e.getMessage(), e);
    }
    this.writer = openWriter(ramBufferMb, start);
    if (start == Start.REBUILD) {
      hasCommit = false; // the new index has none yet; the old one's offsets and method are deliberately ignored
      LOG.info("rebuilding index {} from the beginning of {}", this.indexDir, consumedTopics());
      return;
    }
    CommitData last = lastCommit();
    try {
      checkMethod(last);
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    }
    last.offsets().forEach((topic, parts) -> parts.forEach((p, o) -> nextOffsets.put(new TopicPartition(topic, p), o)));
    labelsPresent = hasCommit && anyLabels();
  }

  private boolean anyLabels() {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String task : Labels.TASKS) {
        q.add(new FieldExistsQuery(IndexSchema.labelConfidence(IndexSchema.labelField(task))), BooleanClause.Occur.SHOULD);
      }
      return new IndexSearcher(reader).count(q.build()) > 0;
    } catch (IOException e) {
      closeQuietly();
      throw new UncheckedIOException("cannot read index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** An indexer configured from {@code index.*}, {@code kafka.*} and {@code data.dir}; Kafka must be external here. */
  public static Indexer fromSettings(Settings settings, MethodSet methods) {
    if (settings.embeddedKafka()) {
      throw new IllegalStateException("kafka.bootstrap-servers is empty: start the embedded broker first and pass its address"
          + " (Indexer.fromSettings(settings, bootstrapServers, methods, progress))");
    }
    return fromSettings(settings, settings.kafkaBootstrapServers(), methods, null, Start.RESUME);
  }

  /** As {@link #fromSettings(Settings, FrameworkDetector)}, with the broker address given (e.g. the embedded broker's). */
  public static Indexer fromSettings(Settings settings, String bootstrapServers, MethodSet methods,
      LongConsumer progress) {
    return fromSettings(settings, bootstrapServers, methods, progress, Start.RESUME);
  }

  /** As above; {@link Start#REBUILD} for {@code framewatch reindex}. */
  public static Indexer fromSettings(Settings settings, String bootstrapServers, MethodSet methods,
      LongConsumer progress, Start start) {
    return new Indexer(settings.indexDir(), bootstrapServers, new Topics(settings.kafkaTopicPrefix()), methods,
        Vocabulary.standard(), new CommitPolicy(settings.indexCommitEveryRecords(), settings.indexCommitIntervalMs()),
        settings.indexRamBufferMb(), progress, start);
  }

  public Path indexDir() {
    return indexDir;
  }

  /** The topics this indexer consumes: one per kind, then {@code labels}. */
  public List<String> consumedTopics() {
    List<String> out = new ArrayList<>();
    for (Kind k : Kind.values()) {
      out.add(topics.forKind(k));
    }
    out.add(topics.labels());
    return out;
  }

  /** Next offset to consume per topic and partition, including not yet committed progress. */
  public Map<String, Map<Integer, Long>> positions() {
    return offsetsByTopic();
  }

  /**
   * Consumes until every partition that exists now has been read up to the end offset it had when the run started, then
   * commits. Topics that do not exist yet count as empty. For {@code framewatch index --until-caught-up} and tests.
   */
  public IndexRun runUntilCaughtUp() {
    return run(() -> {
      refreshAssignment();
      Map<TopicPartition, Long> end = assigned.isEmpty() ? Map.of() : consumer.endOffsets(assigned);
      rewindPartitionsBeyondEnd(end);
      while (!caughtUp(end)) {
        pollOnce();
      }
      // Always leave a commit behind, so a fresh index exists (with its method) even when Kafka was empty.
      if (uncommittedRecords > 0 || !hasCommit) {
        commit();
      }
    });
  }

  /**
   * Consumes continuously until {@code stop} returns true (checked between polls), picking up topics created meanwhile; commits
   * by the policy and once more before returning. For {@code framewatch run}.
   */
  public IndexRun runUntil(BooleanSupplier stop) {
    return run(() -> {
      refreshAssignment();
      while (!stop.getAsBoolean()) {
        if (System.nanoTime() - lastTopicRefreshNanos >= TOPIC_REFRESH_MS * 1_000_000L) {
          refreshAssignment();
        }
        if (assigned.isEmpty()) {
          sleep(POLL_TIMEOUT); // nothing to poll yet: a consumer without partitions refuses poll()
        } else {
          pollOnce();
        }
        commitIfDue();
      }
      if (uncommittedRecords > 0 || !hasCommit) {
        commit();
      }
    });
  }

  /**
   * Applies records as if polled: decode, build, update or delete, advance offsets, commit by the record count. Package-private
   * so tests can exercise the commit-data round trip without a broker.
   */
  void apply(Iterable<ConsumerRecord<String, byte[]>> batch) {
    long before = consumed;
    for (ConsumerRecord<String, byte[]> record : batch) {
      applyOne(record);
      consumed++;
      if (uncommittedRecords++ == 0) {
        firstUncommittedNanos = System.nanoTime();
      }
      nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
      if (uncommittedRecords >= commitPolicy.everyRecords()) {
        commit();
      }
    }
    if (consumed > before) {
      progress.accept(consumed);
    }
  }

  /** Commits documents and offsets together: the one place the exactly-once guarantee is made. */
  void commit() {
    Method primary = methods.primary().method();
    CommitData data =
        new CommitData(offsetsByTopic(), primary.name(), primary.version(), Instant.now(), methods.labels());
    try {
      writer.setLiveCommitData(data.toUserData().entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit index " + indexDir + ": " + e.getMessage(), e);
    }
    commits++;
    hasCommit = true;
    uncommittedRecords = 0;
    LOG.debug("committed index {} at offsets {}", indexDir, data.offsets());
  }

  /** Totals since this indexer was opened. */
  public IndexRun totals(Duration elapsed) {
    return new IndexRun(consumed, written, deleted, skipped, commits, elapsed);
  }

  /** Commits what was applied (unless a run failed, then the index stays at its last commit) and releases the index lock. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!failed && uncommittedRecords > 0) {
        commit();
      }
    } finally {
      closeQuietly();
    }
  }

  private IndexRun run(Runnable body) {
    if (closed) {
      throw new IllegalStateException("indexer for " + indexDir + " is closed");
    }
    long start = System.nanoTime();
    IndexRun before = totals(Duration.ZERO);
    try {
      if (consumer == null) {
        consumer = consumerFactory.get();
      }
      body.run();
    } catch (RuntimeException | Error e) {
      failed = true; // uncommitted work may be half-applied: let close() roll back to the last commit instead
      throw e;
    }
    return new IndexRun(consumed - before.recordsConsumed(), written - before.documentsWritten(),
        deleted - before.documentsDeleted(), skipped - before.skipped(), commits - before.commits(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private void applyOne(ConsumerRecord<String, byte[]> record) {
    if (record.topic().equals(topics.labels())) {
      applyLabels(record);
      return;
    }
    try {
      if (record.value() == null) {
        // A tombstone: the record was withdrawn (compaction will drop it from Kafka too).
        if (record.key() == null) {
          skip(record, "tombstone without a key");
        } else {
          writer.deleteDocuments(new Term(IndexSchema.ID, record.key()));
          remember(record.key(), new Current(null, null));
          deleted++;
        }
        return;
      }
      EvidenceRecord evidence;
      try {
        // The topic fixes the kind: a record without one takes it, one naming another kind is a producer bug.
        evidence = RecordCodec.decode(new String(record.value(), StandardCharsets.UTF_8), topics.kindOf(record.topic()));
      } catch (InvalidRecordException e) {
        skip(record, e.getMessage());
        return;
      }
      if (record.key() != null && !record.key().equals(evidence.id())) {
        LOG.warn("{}-{} offset {}: key '{}' differs from record id '{}'; indexed under the id", record.topic(),
            record.partition(), record.offset(), record.key(), evidence.id());
      }
      // A new version of a labelled document keeps its labels: they arrive on their own topic and are not resent.
      Labels labels = labelsPresent ? current(evidence.id()).map(Current::labels).orElse(null) : null;
      try {
        writer.updateDocument(new Term(IndexSchema.ID, evidence.id()), builder.build(evidence, labels));
        remember(evidence.id(), new Current(evidence, labels));
      } catch (IllegalArgumentException e) {
        // Lucene refuses the document (e.g. a term over 32 KB) and stays usable; failing here would stop the indexer on the
        // same record at every restart.
        skip(record, "not indexable: " + e.getMessage());
        return;
      }
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * A {@code labels} message: the whole label state of one document, applied by rewriting that document with it. Labels are
   * consumed only while the record topics are caught up (see {@link #pauseLabelsWhileRecordsLag}), so a label for a document
   * that is not in the index names a document that does not exist: it is skipped, not kept waiting.
   */
  private void applyLabels(ConsumerRecord<String, byte[]> message) {
    String id = message.key();
    Labels labels = null;
    if (message.value() != null) {
      try {
        labels = Labels.decode(new String(message.value(), StandardCharsets.UTF_8));
      } catch (InvalidRecordException e) {
        skip(message, e.getMessage());
        return;
      }
      id = labels.id();
    }
    if (id == null) {
      skip(message, "labels without a document id");
      return;
    }
    Optional<Current> doc = current(id);
    if (doc.isEmpty() || doc.get().record() == null) {
      skip(message, "labels for document '" + id + "', which is not in the index");
      return;
    }
    try {
      writer.updateDocument(new Term(IndexSchema.ID, id), builder.build(doc.get().record(), labels));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index " + indexDir + ": " + e.getMessage(), e);
    }
    labelsPresent = true;
    remember(id, new Current(doc.get().record(), labels));
    written++;
  }

  /** The document's current state: written in this session, or as the index holds it; empty when it has none. */
  private Optional<Current> current(String id) {
    Current c = recent.get(id);
    if (c != null) {
      return Optional.of(c);
    }
    try {
      if (nrt == null) {
        nrt = DirectoryReader.open(writer);
        recent.clear(); // the new reader sees everything written so far
      }
      IndexSearcher searcher = new IndexSearcher(nrt);
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      String labels = d.get(IndexSchema.LABELS_JSON);
      return Optional.of(new Current(RecordCodec.decode(d.get(IndexSchema.SOURCE_JSON)),
          labels == null ? null : Labels.decode(labels)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** Notes a write the lookup reader cannot see yet; past a bound, drops the reader so the next lookup opens a fresh one. */
  private void remember(String id, Current state) {
    if (nrt == null) {
      return;
    }
    recent.put(id, state);
    if (recent.size() > MAX_RECENT) {
      closeLookupReader();
    }
  }

  private void closeLookupReader() {
    if (nrt != null) {
      try {
        nrt.close();
      } catch (IOException e) {
        LOG.warn("closing lookup reader of {}: {}", indexDir, e.toString());
      }
      nrt = null;
      recent.clear();
    }
  }

  /**
   * Labels name documents that records create: while any record partition has records not yet read, the labels partitions
   * wait, so a label never arrives before its document (during a reindex, records are all read before any label).
   */
  private void pauseLabelsWhileRecordsLag() {
    boolean lagging = false;
    List<TopicPartition> labelPartitions = new ArrayList<>();
    for (TopicPartition tp : assigned) {
      if (tp.topic().equals(topics.labels())) {
        labelPartitions.add(tp);
      } else {
        java.util.OptionalLong lag = consumer.currentLag(tp);
        if (lag.isEmpty() || lag.getAsLong() > 0) {
          lagging = true; // unknown until the first fetch answers: wait for it
        }
      }
    }
    if (labelPartitions.isEmpty()) {
      return;
    }
    if (lagging) {
      consumer.pause(labelPartitions);
    } else {
      consumer.resume(labelPartitions);
    }
  }

  private void skip(ConsumerRecord<String, byte[]> record, String reason) {
    skipped++;
    // Producers validate before sending, so this means a producer bug or a hand-written record: say exactly where it is.
    LOG.warn("skipped record {}-{} offset {}: {}", record.topic(), record.partition(), record.offset(), reason);
  }

  private void pollOnce() {
    pauseLabelsWhileRecordsLag();
    apply(consumer.poll(POLL_TIMEOUT));
    commitIfDue();
  }

  private void commitIfDue() {
    if (uncommittedRecords > 0
        && System.nanoTime() - firstUncommittedNanos >= commitPolicy.intervalMs() * 1_000_000L) {
      commit();
    }
  }

  /**
   * A stored offset past a partition's end means the topic was deleted and created again (end offsets never shrink otherwise):
   * its records are new, so read it from the beginning rather than wait for offsets that will never come.
   */
  private void rewindPartitionsBeyondEnd(Map<TopicPartition, Long> end) {
    List<TopicPartition> rewind = new ArrayList<>();
    end.forEach((tp, endOffset) -> {
      Long next = nextOffsets.get(tp);
      if (next != null && endOffset != null && next > endOffset) {
        LOG.warn("{}: the index has consumed up to offset {} but the partition ends at {} (topic recreated?); reading it"
            + " from the beginning", tp, next, endOffset);
        nextOffsets.remove(tp);
        rewind.add(tp);
      }
    });
    if (!rewind.isEmpty()) {
      consumer.seekToBeginning(rewind);
    }
  }

  private boolean caughtUp(Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (e.getValue() != null && consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Assigns every partition of the record topics that exists now; positions come from the commit, else the beginning. */
  private void refreshAssignment() {
    lastTopicRefreshNanos = System.nanoTime();
    Set<TopicPartition> partitions = new LinkedHashSet<>();
    for (String topic : consumedTopics()) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic);
      if (infos == null) {
        continue; // clients before 3.0 said "no such topic" with null; treat it as empty like newer ones do
      }
      for (PartitionInfo info : infos) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
    }
    if (partitions.equals(assigned)) {
      return;
    }
    consumer.assign(partitions);
    List<TopicPartition> fromStart = new ArrayList<>();
    for (TopicPartition tp : partitions) {
      Long next = nextOffsets.get(tp);
      if (next != null) {
        // Also re-seeks partitions assigned before: harmless, as nextOffsets is exactly what has been applied.
        consumer.seek(tp, next);
      } else {
        fromStart.add(tp);
      }
    }
    if (!fromStart.isEmpty()) {
      consumer.seekToBeginning(fromStart);
    }
    if (!assigned.isEmpty() || !partitions.isEmpty()) {
      LOG.info("indexing {} partitions of {}", partitions.size(), consumedTopics());
    }
    assigned = Set.copyOf(partitions);
  }

  private IndexWriter openWriter(double ramBufferMb, Start start) {
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
        .setOpenMode(start == Start.REBUILD ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb)
        // Only our explicit commits may persist documents: a commit without matching offsets would break exactly-once.
        .setCommitOnClose(false);
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      closeDirectory();
      throw new IllegalStateException("index " + indexDir + " is in use by another framewatch process", e);
    } catch (IOException e) {
      closeDirectory();
      throw new UncheckedIOException("cannot open index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  private CommitData lastCommit() {
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    Map<String, String> userData = new HashMap<>();
    if (live != null) {
      live.forEach(e -> userData.put(e.getKey(), e.getValue()));
    }
    try {
      hasCommit = DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      closeQuietly();
      throw new UncheckedIOException("cannot read index " + indexDir + ": " + e.getMessage(), e);
    }
    try {
      return CommitData.parse(userData);
    } catch (IllegalStateException e) {
      closeQuietly();
      throw new IllegalStateException("index " + indexDir + ": " + e.getMessage() + "; run `framewatch reindex`", e);
    }
  }

  private void checkMethod(CommitData last) {
    if (last.methodName() == null) {
      return;
    }
    Method method = methods.primary().method();
    if (!last.methodName().equals(method.name()) || !Objects.equals(last.methodVersion(), method.version())) {
      throw new IllegalStateException("index " + indexDir + " was built with method " + last.methodName() + " "
          + last.methodVersion() + ", not " + method.label() + ": run `framewatch reindex` to rebuild it with "
          + method.label());
    }
    String built = last.methods() == null ? last.methodName() + " " + last.methodVersion() : last.methods();
    if (!built.equals(methods.labels())) {
      throw new IllegalStateException("index " + indexDir + " counts with methods " + built + ", not " + methods.labels()
          + " (method.default and method.indexed): run `framewatch reindex` to rebuild it with those");
    }
  }

  private Map<String, Map<Integer, Long>> offsetsByTopic() {
    Map<String, Map<Integer, Long>> out = new TreeMap<>();
    nextOffsets.forEach((tp, o) -> out.computeIfAbsent(tp.topic(), t -> new TreeMap<>()).put(tp.partition(), o));
    return out;
  }

  private void closeQuietly() {
    closeLookupReader();
    try {
      writer.close(); // commitOnClose is off: uncommitted changes are rolled back
    } catch (IOException | RuntimeException e) {
      LOG.warn("closing index {}: {}", indexDir, e.toString());
    }
    if (consumer != null) {
      try {
        consumer.close();
      } catch (RuntimeException e) {
        LOG.warn("closing Kafka consumer: {}", e.toString());
      }
    }
    closeDirectory();
  }

  private void closeDirectory() {
    try {
      directory.close();
    } catch (IOException e) {
      LOG.warn("closing index directory {}: {}", indexDir, e.toString());
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("indexer interrupted", e);
    }
  }

  private static String requireBootstrap(String bootstrapServers) {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("indexer needs Kafka bootstrap servers (kafka.bootstrap-servers), got none");
    }
    return bootstrapServers.trim();
  }

  private static Supplier<Consumer<String, byte[]>> kafkaConsumerFactory(String bootstrapServers) {
    return () -> {
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
      return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    };
  }
}
