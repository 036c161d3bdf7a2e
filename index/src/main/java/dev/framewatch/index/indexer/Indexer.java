package dev.framewatch.index.indexer;

import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Topics;
import dev.framewatch.index.adoption.AdoptionIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the record topics into the Lucene index, exactly once. Built with {@link #builder}.
 *
 * <p>Exactly once without Kafka transactions: documents are written with {@code updateDocument(id)} and the next offset of every
 * partition is stored in the user data of the same Lucene commit ({@link LuceneSink}). After a crash Lucene opens at the last
 * commit, the indexer seeks to the offsets stored in it and replays; a replayed record replaces its own document, so nothing is
 * lost or doubled. Kafka consumer groups are not used (manual {@code assign}, no offset commits to Kafka): Lucene is the one
 * place offsets live.
 *
 * <p>This class is the loop, as Kafka Connect's worker is around a {@code SinkTask}: it polls, seeks to the stored offsets,
 * holds labels back while record topics lag, tracks the next offset per partition and decides when to commit. What a message
 * does to the index is {@link RecordApplier}'s (with {@link LabelMerge} keeping labels across record versions).
 *
 * <p>Not thread-safe: run, apply and close from one thread. To stop a continuous {@link #runUntil} run from elsewhere, make its
 * stop condition true and wait for it to return (it checks between polls, at least every {@link #POLL_TIMEOUT}).
 */
public final class Indexer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  /** How long one poll waits for records: bounds how late a stop request or a time-based commit can be. */
  static final Duration POLL_TIMEOUT = Duration.ofMillis(200);

  /** How often a continuous run looks for topics or partitions that did not exist when it started. */
  static final long TOPIC_REFRESH_MS = 10_000;

  private final IndexerBuilder.Loop loop;
  private final LuceneSink sink;
  private final LabelMerge documents;
  /** Adoption measurements, kept in their own small index inside the index directory. */
  private final AdoptionIndex.Writer adoption;
  private final RecordApplier applier;

  /** Next offset to consume per partition: restored from the last commit, advanced by every applied record. */
  private final Map<TopicPartition, Long> nextOffsets = new HashMap<>();

  private Consumer<String, byte[]> consumer;
  private Set<TopicPartition> assigned = Set.of();
  private long lastTopicRefreshNanos;

  private long uncommittedRecords;
  private long firstUncommittedNanos;
  /** Offsets moved past transaction markers since the last commit, with no record applied. */
  private boolean offsetsMoved;
  private boolean failed;
  private boolean closed;

  private long consumed;
  private long written;
  private long deleted;
  private long skipped;
  private long commits;

  /** Takes an opened sink (the index, checked against the methods); Kafka is not contacted until a run starts. */
  Indexer(IndexerBuilder.Loop loop, LuceneSink sink, LabelMerge documents, AdoptionIndex.Writer adoption) {
    this.loop = loop;
    this.sink = sink;
    this.documents = documents;
    this.adoption = adoption;
    this.applier = new RecordApplier(loop.topics(), documents, adoption);
    sink.resumed().offsets()
        .forEach((topic, parts) -> parts.forEach((p, o) -> nextOffsets.put(new TopicPartition(topic, p), o)));
  }

  /**
   * The one way to configure and open an indexer.
   *
   * @param indexDir the index directory, created when missing
   * @param methods the methods the index counts with ({@code method.default} first, then {@code method.indexed})
   */
  public static IndexerBuilder builder(Path indexDir, Topics topics, MethodSet methods, CommitPolicy commitPolicy) {
    return new IndexerBuilder(indexDir, topics, methods, commitPolicy);
  }

  public Path indexDir() {
    return sink.indexDir();
  }

  /** The topics this indexer consumes: one per kind, then {@code labels}, then {@code adoption}. */
  public List<String> consumedTopics() {
    return loop.topics().consumed();
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
      loop.backlog().accept(offsetsBehind(end));
      while (!caughtUp(end)) {
        pollOnce();
      }
      // Always leave a commit behind, so a fresh index exists (with its method) even when Kafka was empty.
      if (uncommittedRecords > 0 || offsetsMoved || !sink.hasCommit()) {
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
      if (uncommittedRecords > 0 || offsetsMoved || !sink.hasCommit()) {
        commit();
      }
    });
  }

  /**
   * Applies records as if polled: apply each, advance offsets, commit by the record count. Package-private so tests can
   * exercise the commit-data round trip without a broker.
   */
  void apply(Iterable<ConsumerRecord<String, byte[]>> batch) {
    long before = consumed;
    for (ConsumerRecord<String, byte[]> record : batch) {
      switch (applier.apply(record)) {
        case WRITTEN -> written++;
        case DELETED -> deleted++;
        case SKIPPED -> skipped++;
      }
      consumed++;
      if (uncommittedRecords++ == 0) {
        firstUncommittedNanos = System.nanoTime();
      }
      nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
      if (uncommittedRecords >= loop.commitPolicy().everyRecords()) {
        commit();
      }
    }
    if (consumed > before) {
      loop.progress().accept(consumed);
    }
  }

  /** Commits documents and the offsets they came from, together (see {@link LuceneSink#commit}). */
  void commit() {
    // Measurements first: the evidence commit holds the offsets, so a crash in between only replays what is already here.
    adoption.commit();
    sink.commit(offsetsByTopic());
    commits++;
    uncommittedRecords = 0;
    offsetsMoved = false;
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
      if (!failed && (uncommittedRecords > 0 || offsetsMoved)) {
        commit();
      }
    } finally {
      documents.close();
      adoption.close();
      sink.close();
      if (consumer != null) {
        try {
          consumer.close();
        } catch (RuntimeException e) {
          LOG.warn("closing Kafka consumer: {}", e.toString());
        }
      }
    }
  }

  private IndexRun run(Runnable body) {
    if (closed) {
      throw new IllegalStateException("indexer for " + indexDir() + " is closed");
    }
    long start = System.nanoTime();
    IndexRun before = totals(Duration.ZERO);
    try {
      if (consumer == null) {
        consumer = loop.consumers().get();
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

  /**
   * Labels name documents that records create: while any record partition has records not yet read, the labels partitions
   * wait, so a label never arrives before its document (during a reindex, records are all read before any label).
   */
  private void pauseLabelsWhileRecordsLag() {
    boolean lagging = false;
    List<TopicPartition> labelPartitions = new ArrayList<>();
    for (TopicPartition tp : assigned) {
      if (tp.topic().equals(loop.topics().labels())) {
        labelPartitions.add(tp);
      } else {
        OptionalLong lag = consumer.currentLag(tp);
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

  private void pollOnce() {
    pauseLabelsWhileRecordsLag();
    apply(consumer.poll(POLL_TIMEOUT));
    moveOffsetsPastMarkers();
    commitIfDue();
  }

  /**
   * Crawls publish in Kafka transactions: each commit leaves a marker that takes an offset but is never returned as a record
   * (nor are the records of an aborted transaction, under read_committed). Once a whole batch is applied, the consumer's
   * position is exactly past what was applied and what it skipped, so the stored offsets follow it: they reach the
   * partition's end, and the lag reads 0 when everything visible is indexed.
   */
  private void moveOffsetsPastMarkers() {
    for (TopicPartition tp : assigned) {
      long position = consumer.position(tp);
      Long next = nextOffsets.get(tp);
      if (next == null ? position > 0 : position > next) {
        nextOffsets.put(tp, position);
        if (uncommittedRecords == 0 && !offsetsMoved) {
          firstUncommittedNanos = System.nanoTime();
        }
        offsetsMoved = true;
      }
    }
  }

  private void commitIfDue() {
    if ((uncommittedRecords > 0 || offsetsMoved)
        && System.nanoTime() - firstUncommittedNanos >= loop.commitPolicy().intervalMs() * 1_000_000L) {
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

  /** Offsets between each partition's position and {@code end}, summed. */
  private long offsetsBehind(Map<TopicPartition, Long> end) {
    long behind = 0;
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (e.getValue() != null) {
        behind += Math.max(0, e.getValue() - consumer.position(e.getKey()));
      }
    }
    return behind;
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

  private Map<String, Map<Integer, Long>> offsetsByTopic() {
    Map<String, Map<Integer, Long>> out = new TreeMap<>();
    nextOffsets.forEach((tp, o) -> out.computeIfAbsent(tp.topic(), t -> new TreeMap<>()).put(tp.partition(), o));
    return out;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("indexer interrupted", e);
    }
  }
}
