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
 * Kills the indexer's JVM (SIGKILL, no shutdown hook) in the middle of a 100,000-record stream, restarts it, and checks that every
 * id is in the index exactly once: documents and offsets are committed together, so a crash can only replay, never skip.
 */
class IndexerCrashIT {
  private static final int RECORDS = 100_000;

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

      Path data = dir.resolve("data");
      Path log = dir.resolve("indexer.log");
      String[] args = {"index", "--until-caught-up", "--data-dir", data.toString(),
          "--set", "kafka.bootstrap-servers=" + kafka.bootstrapServers(), "--set", "kafka.topic-prefix=crash.",
          "--set", "index.commit-every-records=3000", "--set", "index.commit-interval-ms=250"};
      Process first = ChildJvm.start(log, args);
      long committed = waitForCommittedDocuments(data.resolve("index"), 15_000, first);
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertTrue(committed < RECORDS, "the kill must land mid-stream, but " + committed + " were already committed");
      long afterKill = IndexInfo.read(data.resolve("index")).documents();
      assertTrue(afterKill >= committed && afterKill < RECORDS, "documents after kill: " + afterKill);

      Process second = ChildJvm.start(log, args);
      assertTrue(second.waitFor(180, TimeUnit.SECONDS), "restarted indexer did not finish; see " + log);
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
    }
  }

  /** Polls the index until at least {@code min} documents are committed, then returns how many. */
  private static long waitForCommittedDocuments(Path index, long min, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new AssertionError("the indexer exited before it could be killed: exit " + child.exitValue());
      }
      long n = IndexInfo.read(index).documents();
      if (n >= min) {
        return n;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no commit of " + min + " documents within 120 s");
  }
}
