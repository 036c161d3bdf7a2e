package dev.framewatch.index.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.index.schema.IndexSchema;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes by id into real on-disk indexes: a replay never leaves two documents of one id, whichever path wrote them. */
class IdWritesTest {
  @TempDir Path dir;

  private static Document doc(String id, int version) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
    d.add(new StoredField("version", version));
    return d;
  }

  private IndexWriter writer(IndexWriterConfig.OpenMode mode) throws Exception {
    // A small buffer: several flushes, so replays meet their first document in an older segment as well as in RAM.
    return new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(mode)
        .setMaxBufferedDocs(100));
  }

  private int versionOf(IndexSearcher searcher, String id) throws Exception {
    var hits = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 10);
    assertEquals(1, hits.totalHits.value, "documents with id " + id);
    return searcher.storedFields().document(hits.scoreDocs[0].doc).getField("version").numericValue().intValue();
  }

  @Test
  void newIdsAreAddedAndReplaysReplaceAcrossGrowingFilters() throws Exception {
    try (IndexWriter w = writer(IndexWriterConfig.OpenMode.CREATE)) {
      IdWrites writes = new IdWrites(w, true, 20); // filters of 20, 80, 320, 1,280: 1,000 ids fill three and start a fourth
      for (int i = 0; i < 1000; i++) {
        writes.write("id" + i, doc("id" + i, 1));
      }
      for (int i = 0; i < 1000; i += 3) { // 334 replays with a newer version, spread over every filter
        writes.write("id" + i, doc("id" + i, 2));
      }
      assertEquals(4, writes.stages());
      assertEquals(1334, writes.added() + writes.updated());
      assertTrue(writes.updated() >= 334, "every replay is an update: " + writes.updated());
      assertTrue(writes.added() >= 950, "a new id is an update only on a false positive (about 1%): " + writes.added());
      w.commit();
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(1000, r.numDocs());
      IndexSearcher s = new IndexSearcher(r);
      assertEquals(2, versionOf(s, "id0"));
      assertEquals(2, versionOf(s, "id999"));
      assertEquals(1, versionOf(s, "id500"));
      assertEquals(2, versionOf(s, "id501"));
    }
  }

  @Test
  void overAnIndexThatHadDocumentsEveryWriteIsAnUpdate() throws Exception {
    try (IndexWriter w = writer(IndexWriterConfig.OpenMode.CREATE)) {
      IdWrites writes = IdWrites.of(w);
      writes.write("a", doc("a", 1));
      writes.write("b", doc("b", 1));
      assertEquals(2, writes.added());
      w.commit();
    }
    try (IndexWriter w = writer(IndexWriterConfig.OpenMode.APPEND)) {
      IdWrites writes = IdWrites.of(w); // "a" is in the index, though this writer has not written it
      writes.write("a", doc("a", 2));
      writes.write("c", doc("c", 1));
      assertEquals(0, writes.added());
      assertEquals(2, writes.updated());
      w.commit();
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(3, r.numDocs());
      assertEquals(2, versionOf(new IndexSearcher(r), "a"));
    }
  }

  @Test
  void updatesOnlyNeverAdds() throws Exception {
    try (IndexWriter w = writer(IndexWriterConfig.OpenMode.CREATE)) {
      IdWrites writes = IdWrites.updatesOnly(w);
      writes.write("a", doc("a", 1));
      writes.write("a", doc("a", 2));
      assertEquals(0, writes.added());
      assertEquals(2, writes.updated());
      w.commit();
    }
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(1, r.numDocs());
    }
  }
}
