package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.TopicSetup;
import dev.framewatch.app.testing.ChildJvm;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.Topics;
import dev.framewatch.index.IndexInfo;
import dev.framewatch.ingest.kafka.KafkaRecordSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the indexer's JVM (SIGKILL, no shutdown hook) at ten random moments of a 200,000-record stream followed by 50,000
 * classifier labels, restarting it each time,
 * and checks that every id is in the index exactly once and the counts are right: documents and offsets are committed together,
 * so a crash can only replay, never skip or double.
 */
class IndexerCrashIT {
  private static final int RECORDS = 200_000;
  private static final int LABELS = RECORDS / 4;
  private static final int KILLS = 10;

  @TempDir Path dir;

  @Test
  void killedIndexerResumesWithEveryIdExactlyOnce() throws Exception {
    Topics topics = new Topics("crash.");
    try (EmbeddedBroker.Handle kafka = EmbeddedBroker.startOrAttach(dir.resolve("kafka"), 30_000)) {
      TopicSetup.ensure(kafka.bootstrapServers(), topics, 2);
      Set<String> produced = new HashSet<>();
      try (KafkaRecordSink sink = KafkaRecordSink.create(kafka.bootstrapServers(), topics, "crash-test")) {
        for (int i = 0; i < RECORDS; i++) {
          String id = "paper:crash:" + i;
          sink.publish(new Paper(id, "synthetic", null, "Paper " + i, "ICLR", 2018 + i % 5, null, null, null,
              i % 3 == 0 ? "implemented in PyTorch" : "no framework named", null, null, null));
          produced.add(id);
        }
        sink.flush();
      }
      // A stream of classifier labels for every fourth paper, applied after the records: kills land in both phases.
      try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(
          dev.framewatch.ingest.kafka.KafkaRecordSink.producerConfig(kafka.bootstrapServers(), "crash-labels"),
          new org.apache.kafka.common.serialization.StringSerializer(),
          new org.apache.kafka.common.serialization.StringSerializer())) {
        for (int i = 0; i < RECORDS; i += 4) {
          String id = "paper:crash:" + i;
          producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("crash.labels", id,
              "{\"id\":\"" + id + "\",\"labels\":{\"domain\":{\"value\":\"" + (i % 8 == 0 ? "vision" : "language")
                  + "\",\"confidence\":0.8,\"model\":\"test\",\"version\":\"1\"}}}"));
        }
        producer.flush();
      }

      Path data = dir.resolve("data");
      Path log = dir.resolve("indexer.log");
      String[] args = {"index", "--until-caught-up", "--data-dir", data.toString(),
          "--set", "kafka.bootstrap-servers=" + kafka.bootstrapServers(), "--set", "kafka.topic-prefix=crash.",
          "--set", "index.commit-every-records=3000", "--set", "index.commit-interval-ms=250"};
      long seed = System.nanoTime();
      java.util.Random random = new java.util.Random(seed);
      long[] thresholds = random.longs(KILLS, 1_000, RECORDS + LABELS - 10_000).sorted().toArray();
      long previous = -1;
      for (long threshold : thresholds) {
        Process child = ChildJvm.start(log, args);
        long committed = waitForCommittedOffsets(data.resolve("index"), threshold, child);
        Thread.sleep(random.nextInt(150)); // land anywhere: mid-batch, mid-commit, between commits
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long afterKill = committedOffsets(data.resolve("index"));
        assertTrue(afterKill >= committed && afterKill >= previous, "seed " + seed + ": progress went back to " + afterKill);
        previous = afterKill;
      }
      assertTrue(previous < RECORDS + LABELS, "seed " + seed + ": the last kill must land mid-stream, but " + previous
          + " offsets were already committed");

      Process second = ChildJvm.start(log, args);
      assertTrue(second.waitFor(600, TimeUnit.SECONDS), "restarted indexer did not finish; see " + log);
      assertEquals(0, second.exitValue(), Files.readString(log));

      Set<String> indexed = new HashSet<>();
      long live = 0;
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
        for (var leaf : reader.leaves()) {
          Bits liveDocs = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int d = 0; d < leaf.reader().maxDoc(); d++) {
            if (liveDocs == null || liveDocs.get(d)) {
              live++;
              indexed.add(stored.document(d).get("id"));
            }
          }
        }
      }
      assertEquals(RECORDS, live, "live documents (a duplicate would show as more)");
      assertEquals(produced, indexed);
      IndexInfo info = IndexInfo.read(data.resolve("index"));
      long offsets = info.offsets().get("crash.papers").values().stream().mapToLong(Long::longValue).sum();
      assertEquals(RECORDS, offsets, "committed offsets cover the stream exactly");
      assertEquals(LABELS, info.offsets().get("crash.labels").values().stream().mapToLong(Long::longValue).sum());

      // Share counts against the generator: year 2018 + i % 5, PyTorch named when i % 3 == 0.
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(data.resolve("index")))) {
        var counts = new dev.framewatch.index.count.ShareCounter().count(reader, null,
            java.util.List.of(dev.framewatch.index.schema.Dimension.YEAR));
        for (var row : counts.rows()) {
          int year = Integer.parseInt(row.group().get("year"));
          long expectedDocs = java.util.stream.IntStream.range(0, RECORDS).filter(i -> 2018 + i % 5 == year).count();
          long expectedPytorch = java.util.stream.IntStream.range(0, RECORDS)
              .filter(i -> 2018 + i % 5 == year && i % 3 == 0).count();
          assertEquals("pytorch", row.framework());
          assertEquals(expectedDocs, row.documents(), "documents in " + year);
          assertEquals(expectedPytorch, row.count(), "pytorch in " + year);
        }
        assertEquals(5, counts.rows().size());
        var byLabel = new dev.framewatch.index.count.ShareCounter().count(reader, "label_domain:vision", java.util.List.of(
            dev.framewatch.index.schema.Dimension.YEAR));
        assertEquals(RECORDS / 8, byLabel.matchingDocuments(), "documents labelled vision");
        assertEquals(LABELS, new dev.framewatch.index.count.ShareCounter().count(reader,
            "label_domain:vision OR label_domain:language", java.util.List.of(dev.framewatch.index.schema.Dimension.YEAR))
            .matchingDocuments(), "labelled documents");
      }
    }
  }

  private static long committedOffsets(Path index) {
    return IndexInfo.read(index).offsets().values().stream().flatMap(p -> p.values().stream()).mapToLong(Long::longValue)
        .sum();
  }

  /** Polls the index until its commit covers at least {@code min} offsets (records and labels), then returns how many. */
  private static long waitForCommittedOffsets(Path index, long min, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new AssertionError("the indexer exited before it could be killed at " + min + ": exit " + child.exitValue());
      }
      long n = committedOffsets(index);
      if (n >= min) {
        return n;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("no commit covering " + min + " offsets within 300 s");
  }
}
