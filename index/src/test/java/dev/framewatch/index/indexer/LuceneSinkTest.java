package dev.framewatch.index.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.testing.Records;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exactly-once contract: what a commit persists is exactly the documents written and the offsets handed to it. */
class LuceneSinkTest {
  private static final MethodSet METHODS = MethodSet.of(Records.DETECTOR);
  private static final DocumentBuilder BUILDER = new DocumentBuilder(METHODS, Vocabulary.standard());

  @TempDir Path dir;

  private static Map<String, String> userData(Path dir) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      return r.getIndexCommit().getUserData();
    }
  }

  private static void put(LuceneSink sink, String id, String text) {
    sink.update(id, BUILDER.build(Records.paper(id, "CVPR", 2019, text)));
  }

  private static int documents(Path dir) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }

  @Test
  void commitUserDataHoldsExactlyTheOffsetsGivenAndTheMethods() throws Exception {
    try (LuceneSink sink = LuceneSink.open(dir, METHODS, 16, false)) {
      assertFalse(sink.hasCommit());
      put(sink, "p1", "PyTorch");
      sink.commit(Map.of("fw.papers", Map.of(0, 3L, 1, 8L), "fw.jobs", Map.of(0, 2L)));
      assertTrue(sink.hasCommit());
    }
    Map<String, String> data = userData(dir);
    assertEquals(Set.of("offset.fw.papers.0", "offset.fw.papers.1", "offset.fw.jobs.0", "method.name", "method.version",
        "committed.at", "methods"), data.keySet());
    assertEquals("3", data.get("offset.fw.papers.0"));
    assertEquals("8", data.get("offset.fw.papers.1"));
    assertEquals("2", data.get("offset.fw.jobs.0"));
    assertEquals("default", data.get("method.name"));
    assertEquals("0.3.0", data.get("method.version"));
    assertEquals("default 0.3.0", data.get("methods"));
    assertEquals(1, documents(dir));

    // A second commit replaces the offsets wholesale: a partition it does not name is no longer stored.
    try (LuceneSink sink = LuceneSink.open(dir, METHODS, 16, false)) {
      assertEquals(Map.of("fw.papers", Map.of(0, 3L, 1, 8L), "fw.jobs", Map.of(0, 2L)), sink.resumed().offsets());
      sink.commit(Map.of("fw.papers", Map.of(0, 4L)));
    }
    assertEquals(Map.of("fw.papers", Map.of(0, 4L)), CommitData.parse(userData(dir)).offsets());
  }

  @Test
  void writesWithoutACommitAreRolledBackOnClose() throws Exception {
    commitOneDocument();
    try (LuceneSink sink = LuceneSink.open(dir, METHODS, 16, false)) {
      put(sink, "p2", "JAX");
      sink.delete("p1");
    } // no commit: neither the write of p2 nor the delete of p1 may persist, nor an offset for them
    assertEquals(1, documents(dir));
    assertEquals(Map.of("fw.papers", Map.of(0, 1L)), CommitData.parse(userData(dir)).offsets());
  }

  @Test
  void aRebuildIgnoresTheOldCommitUntilItsOwnReplacesIt() throws Exception {
    commitOneDocument();
    try (LuceneSink sink = LuceneSink.open(dir, METHODS, 16, true)) {
      assertEquals(CommitData.EMPTY, sink.resumed());
      assertFalse(sink.hasCommit());
      assertEquals(1, documents(dir), "the old index stays readable");
      sink.commit(Map.of());
    }
    assertEquals(0, documents(dir));
    assertEquals(Map.of(), CommitData.parse(userData(dir)).offsets());
  }

  /** An index holding p1, committed at papers offset 1. */
  private void commitOneDocument() {
    try (LuceneSink sink = LuceneSink.open(dir, METHODS, 16, false)) {
      put(sink, "p1", "PyTorch");
      sink.commit(Map.of("fw.papers", Map.of(0, 1L)));
    }
  }
}
