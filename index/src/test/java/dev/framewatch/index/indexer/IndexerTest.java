package dev.framewatch.index.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Topics;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.IndexInfo;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounter;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.testing.Records;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
  private static final Topics TOPICS = new Topics("fw.");
  private static final String PAPERS = "fw.papers";
  private static final String JOBS = "fw.jobs";
  private static final Supplier<Consumer<String, byte[]>> NO_KAFKA = () -> {
    throw new AssertionError("this test applies records directly and must not need a consumer");
  };

  @TempDir Path dir;

  private Indexer open(Supplier<Consumer<String, byte[]>> consumer, FrameworkDetector detector, int commitEvery) {
    return Indexer.builder(dir, TOPICS, MethodSet.of(detector), new CommitPolicy(commitEvery, 60_000)).ramBufferMb(16)
        .consumers(consumer).open();
  }

  private static ConsumerRecord<String, byte[]> rec(String topic, int partition, long offset, String key, String json) {
    return new ConsumerRecord<>(topic, partition, offset, key, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<ConsumerRecord<String, byte[]>> batch() {
    return List.of(
        rec(PAPERS, 0, 0, "p1", Records.paperJson("p1", "CVPR", 2019, "PyTorch")),
        rec(PAPERS, 0, 1, "bad", "{\"id\":\"bad\",\"kind\":\"paper\",\"source\":\"test\"}"), // no title: skipped
        rec(PAPERS, 0, 2, "p2", Records.paperJson("p2", "NIPS", 2019, "TensorFlow")),
        rec(PAPERS, 1, 7, "p3", Records.paperJson("p3", "ICML", 2020, "JAX")),
        rec(JOBS, 0, 0, "j1", Records.jobJson("j1", "2020-02-03", "Keras")),
        rec(JOBS, 0, 1, "j2", "not json at all"));
  }

  @Test
  void documentsAndOffsetsCommitTogetherAndReplaysDoNotDuplicate() throws Exception {
    AtomicLong progress = new AtomicLong();
    try (Indexer indexer = Indexer.builder(dir, TOPICS, MethodSet.of(Records.DETECTOR), new CommitPolicy(1000, 60_000))
        .ramBufferMb(16).progress(progress::set).consumers(NO_KAFKA).open()) {
      indexer.apply(batch());
      assertEquals(6, progress.get());
      assertEquals(new IndexRun(6, 4, 0, 2, 0, java.time.Duration.ZERO), indexer.totals(java.time.Duration.ZERO));
      assertFalse(IndexDirectory.exists(dir), "nothing is visible before the commit");
    } // close commits

    IndexInfo info = IndexInfo.read(dir);
    assertTrue(info.exists());
    assertEquals(4, info.documents());
    assertEquals(Map.of("paper", 3L, "job", 1L, "repo", 0L, "model", 0L, "stars", 0L), info.documentsByKind());
    assertEquals(Map.of(PAPERS, Map.of(0, 3L, 1, 8L), JOBS, Map.of(0, 2L)), info.offsets());
    assertEquals("default", info.methodName());
    assertEquals("0.3.0", info.methodVersion());
    assertNotNull(info.lastCommit());

    try (Indexer again = open(NO_KAFKA, Records.DETECTOR, 1000)) {
      assertEquals(info.offsets(), again.positions(), "offsets are restored from the commit");
      again.apply(batch()); // a replay after a crash: same records again
      again.apply(List.of(rec(PAPERS, 0, 3, "p1", null))); // tombstone withdraws p1
      again.commit();
    }
    info = IndexInfo.read(dir);
    assertEquals(3, info.documents(), "replayed records replace themselves; the tombstone removed p1");
    assertEquals(Map.of(PAPERS, Map.of(0, 4L, 1, 8L), JOBS, Map.of(0, 2L)), info.offsets());
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      ShareCounts counts = new ShareCounter().count(reader, null, List.of(Dimension.VENUE));
      assertEquals(3, counts.matchingDocuments());
      assertEquals(List.of("=keras", "icml=jax", "neurips=tensorflow"),
          counts.rows().stream().map(r -> r.group().get("venue") + "=" + r.framework()).toList());
    }
  }

  @Test
  void commitsEveryNRecords() {
    try (Indexer indexer = open(NO_KAFKA, Records.DETECTOR, 2)) {
      indexer.apply(batch());
      assertEquals(3, indexer.totals(java.time.Duration.ZERO).commits());
      assertEquals(Map.of(PAPERS, Map.of(0, 3L, 1, 8L), JOBS, Map.of(0, 2L)), IndexInfo.read(dir).offsets());
    }
  }

  @Test
  void secondWriterIsRefusedWithOneLine() {
    try (Indexer first = open(NO_KAFKA, Records.DETECTOR, 1000)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> open(NO_KAFKA, Records.DETECTOR, 1000));
      assertEquals("index " + dir.toAbsolutePath().normalize() + " is in use by another framewatch process", e.getMessage());
    }
    open(NO_KAFKA, Records.DETECTOR, 1000).close(); // released on close
  }

  /** Indexes {@link #batch()} with the default method, then returns that method in a newer version. */
  private Method indexBatchThenBumpTheMethod() {
    try (Indexer indexer = open(NO_KAFKA, Records.DETECTOR, 1000)) {
      indexer.apply(batch());
    }
    Method m = Records.DETECTOR.method();
    return m.withVersion("9.9.9");
  }

  @Test
  void anotherMethodVersionAsksForReindex() {
    Method newer = indexBatchThenBumpTheMethod();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> open(NO_KAFKA, new FrameworkDetector(newer), 1000));
    assertTrue(e.getMessage().contains("was built with method default 0.3.0, not default 9.9.9"), e.getMessage());
    assertTrue(e.getMessage().contains("framewatch reindex"), e.getMessage());
    open(NO_KAFKA, Records.DETECTOR, 1000).close(); // the failed open released the lock
  }

  @Test
  void rebuildStartsFromTheBeginningWithTheNewMethod() {
    Method newer = indexBatchThenBumpTheMethod();
    TopicPartition tp = new TopicPartition(PAPERS, 0);
    List<ConsumerRecord<String, byte[]>> log = List.of(rec(PAPERS, 0, 0, "p9", Records.paperJson("p9", "ICLR", 2021, "JAX")));
    MockConsumer<String, byte[]> consumer = mockConsumer(tp, log);
    try (Indexer indexer = Indexer.builder(dir, TOPICS, MethodSet.of(new FrameworkDetector(newer)),
        new CommitPolicy(1000, 60_000)).ramBufferMb(16).rebuild().consumers(() -> consumer).open()) {
      assertEquals(Map.of(), indexer.positions(), "a rebuild ignores the old offsets");
      assertEquals(4, IndexInfo.read(dir).documents(), "the old index stays readable until the rebuild commits");
      assertEquals(1, indexer.runUntilCaughtUp().recordsConsumed());
    }
    IndexInfo info = IndexInfo.read(dir);
    assertEquals(1, info.documents());
    assertEquals("9.9.9", info.methodVersion());
    assertEquals(Map.of(PAPERS, Map.of(0, 1L)), info.offsets());
  }

  @Test
  void runUntilCaughtUpSeeksToCommittedOffsets() {
    TopicPartition tp = new TopicPartition(PAPERS, 0);
    List<ConsumerRecord<String, byte[]>> log = cvprPapers("p", 5, i -> i % 2 == 0 ? "PyTorch" : "TensorFlow");
    MockConsumer<String, byte[]> first = mockConsumer(tp, log.subList(0, 3));
    try (Indexer indexer = open(() -> first, Records.DETECTOR, 1000)) {
      IndexRun run = indexer.runUntilCaughtUp();
      assertEquals(3, run.recordsConsumed());
      assertEquals(3, run.documentsWritten());
      assertEquals(1, run.commits());
    }
    assertEquals(Map.of(PAPERS, Map.of(0, 3L)), IndexInfo.read(dir).offsets());

    // The log grew; a new run must start at offset 3, not replay 0-2 (the mock hands out whatever is at or after the position).
    MockConsumer<String, byte[]> second = mockConsumer(tp, log);
    try (Indexer indexer = open(() -> second, Records.DETECTOR, 1000)) {
      IndexRun run = indexer.runUntilCaughtUp();
      assertEquals(2, run.recordsConsumed());
    }
    IndexInfo info = IndexInfo.read(dir);
    assertEquals(5, info.documents());
    assertEquals(Map.of(PAPERS, Map.of(0, 5L)), info.offsets());
  }

  @Test
  void recreatedTopicIsReadFromTheBeginning() {
    TopicPartition tp = new TopicPartition(PAPERS, 0);
    List<ConsumerRecord<String, byte[]>> old = cvprPapers("old", 5, i -> "PyTorch");
    MockConsumer<String, byte[]> first = mockConsumer(tp, old);
    try (Indexer indexer = open(() -> first, Records.DETECTOR, 1000)) {
      indexer.runUntilCaughtUp();
    }
    List<ConsumerRecord<String, byte[]>> recreated = List.of(
        rec(PAPERS, 0, 0, "new0", Records.paperJson("new0", "ICML", 2024, "JAX")),
        rec(PAPERS, 0, 1, "new1", Records.paperJson("new1", "ICML", 2024, "JAX")));
    MockConsumer<String, byte[]> second = mockConsumer(tp, recreated);
    try (Indexer indexer = open(() -> second, Records.DETECTOR, 1000)) {
      assertEquals(2, indexer.runUntilCaughtUp().recordsConsumed());
    }
    assertEquals(Map.of(PAPERS, Map.of(0, 2L)), IndexInfo.read(dir).offsets());
    assertEquals(7, IndexInfo.read(dir).documents(), "documents of the old topic stay until a reindex");
  }

  @Test
  void emptyKafkaStillLeavesAnIndexWithItsMethod() {
    MockConsumer<String, byte[]> none = new MockConsumer<>("earliest");
    try (Indexer indexer = open(() -> none, Records.DETECTOR, 1000)) {
      assertEquals(0, indexer.runUntilCaughtUp().recordsConsumed());
    }
    IndexInfo info = IndexInfo.read(dir);
    assertTrue(info.exists());
    assertEquals(0, info.documents());
    assertEquals("default", info.methodName());
  }

  @Test
  void missingIndexReadsAsEmpty() {
    IndexInfo info = IndexInfo.read(dir.resolve("nothing-here"));
    assertFalse(info.exists());
    assertEquals(0L, info.documentsByKind().get("paper"));
    assertEquals(5, info.documentsByKind().size());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> IndexDirectory.openReader(dir.resolve("nothing-here")));
    assertTrue(e.getMessage().startsWith("no index at "), e.getMessage());
  }

  /** Papers {@code <prefix>0..n-1} of CVPR 2019 at offsets 0..n-1 of papers partition 0, with the abstract {@code text(i)}. */
  private static List<ConsumerRecord<String, byte[]>> cvprPapers(String prefix, int n, IntFunction<String> text) {
    List<ConsumerRecord<String, byte[]>> log = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      log.add(rec(PAPERS, 0, i, prefix + i, Records.paperJson(prefix + i, "CVPR", 2019, text.apply(i))));
    }
    return log;
  }

  /** One partition of the papers topic holding {@code records}; every other topic does not exist. */
  private static MockConsumer<String, byte[]> mockConsumer(TopicPartition tp, List<ConsumerRecord<String, byte[]>> records) {
    MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
    consumer.updatePartitions(tp.topic(), List.of(new PartitionInfo(tp.topic(), tp.partition(), null, null, null)));
    consumer.updateBeginningOffsets(Map.of(tp, 0L));
    consumer.updateEndOffsets(Map.of(tp, (long) records.size()));
    // Records can only be added once the indexer has assigned the partition, i.e. at its first poll.
    consumer.schedulePollTask(() -> records.forEach(consumer::addRecord));
    return consumer;
  }
}
