package dev.framewatch.index.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexGenerationsTest {
  @TempDir Path dir;

  private static void writeIndex(Path path, int docs) throws Exception {
    try (FSDirectory d = FSDirectory.open(path); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      for (int i = 0; i < docs; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", "d" + i, Field.Store.YES));
        w.addDocument(doc);
      }
      w.commit();
    }
  }

  private static int docsAt(Path path) throws Exception {
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(path))) {
      return r.numDocs();
    }
  }

  @Test
  void firstSwapReplacesAPlainDirectoryThenLinksSwapAtomically() throws Exception {
    Path index = dir.resolve("index");
    writeIndex(index, 3);
    IndexGenerations gens = new IndexGenerations(index, Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

    Path g1 = gens.newGeneration();
    assertEquals(dir.resolve("index-20260102T030405000"), g1);
    writeIndex(g1, 5);
    Optional<Path> replaced = gens.swapTo(g1);
    assertEquals(Optional.of(dir.resolve("index-replaced-20260102T030405000")), replaced);
    assertFalse(Files.exists(replaced.get()), "the replaced index is deleted");
    assertTrue(Files.isSymbolicLink(index));
    assertEquals(Path.of("index-20260102T030405000"), Files.readSymbolicLink(index));
    assertEquals(5, docsAt(index));

    IndexGenerations later = new IndexGenerations(index, Clock.fixed(Instant.parse("2026-01-03T00:00:00Z"), ZoneOffset.UTC));
    Path g2 = later.newGeneration();
    writeIndex(g2, 7);
    assertEquals(Optional.of(g1.toRealPath()), later.swapTo(g2));
    assertEquals(7, docsAt(index));
    assertFalse(Files.exists(g1));
    assertFalse(Files.exists(dir.resolve("index.swap")));
  }

  @Test
  void aRunningWriterBlocksTheRebuild() throws Exception {
    Path index = dir.resolve("index");
    writeIndex(index, 1);
    try (FSDirectory d = FSDirectory.open(index); IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> new IndexGenerations(index, Clock.systemUTC()).lockCurrent());
      assertEquals("index " + index + " is in use by another framewatch process (stop `framewatch run` or "
          + "`framewatch index` first)", e.getMessage());
    }
    try (AutoCloseable lock = new IndexGenerations(index, Clock.systemUTC()).lockCurrent()) {
      assertThrows(org.apache.lucene.store.LockObtainFailedException.class,
          () -> new IndexWriter(FSDirectory.open(index), new IndexWriterConfig()));
    }
  }
}
