package dev.framewatch.index.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import dev.framewatch.index.testing.Records;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document is its record plus its labels: writing one half keeps the other, in this session and across a restart. */
class LabelMergeTest {
  private static final MethodSet METHODS = MethodSet.of(Records.DETECTOR);
  private static final Labels VISION =
      new Labels("p1", Map.of("domain", new Labels.Label("vision", 0.9, "domain-bow", "1")));

  @TempDir Path dir;

  private LabelMerge merge(LuceneSink sink) {
    return new LabelMerge(sink, new DocumentBuilder(METHODS, Vocabulary.standard()), sink.anyLabels());
  }

  /** The committed document with this id: its abstract and its labels JSON (null when it has none). */
  private String[] stored(String id) throws Exception {
    try (FSDirectory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      IndexSearcher searcher = new IndexSearcher(r);
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 2);
      assertEquals(1, top.totalHits.value, "one document per id");
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
      String text = ((dev.framewatch.core.record.Paper) RecordCodec.decode(doc.get(IndexSchema.SOURCE_JSON))).abstractText();
      return new String[] {text, doc.get(IndexSchema.LABELS_JSON)};
    }
  }

  @Test
  void aNewRecordVersionKeepsItsLabels() throws Exception {
    try (LuceneSink sink = LuceneSink.open(dir, METHODS, 16, false); LabelMerge documents = merge(sink)) {
      documents.putRecord(Records.paper("p1", "ICLR", 2019, "PyTorch"));
      assertTrue(documents.putLabels("p1", VISION));
      documents.putRecord(Records.paper("p1", "ICLR", 2019, "PyTorch and JAX"));
      sink.commit(Map.of());
    }
    String[] p1 = stored("p1");
    assertEquals("PyTorch and JAX", p1[0]);
    assertEquals(VISION, Labels.decode(p1[1]));

    // After a restart the labels come from the committed index.
    try (LuceneSink sink = LuceneSink.open(dir, METHODS, 16, false); LabelMerge documents = merge(sink)) {
      documents.putRecord(Records.paper("p1", "ICLR", 2019, "JAX only"));
      sink.commit(Map.of());
    }
    p1 = stored("p1");
    assertEquals("JAX only", p1[0]);
    assertEquals(VISION, Labels.decode(p1[1]));
  }

  @Test
  void labelsNeedTheirDocumentAndNullLabelsRemoveThem() throws Exception {
    try (LuceneSink sink = LuceneSink.open(dir, METHODS, 16, false); LabelMerge documents = merge(sink)) {
      assertFalse(documents.putLabels("p9", VISION), "no such document");
      documents.putRecord(Records.paper("p1", "ICLR", 2019, "PyTorch"));
      documents.putRecord(Records.paper("p2", "ICLR", 2019, "JAX"));
      assertTrue(documents.putLabels("p1", VISION));
      assertTrue(documents.putLabels("p1", null));
      documents.delete("p2");
      assertFalse(documents.putLabels("p2", VISION), "a deleted document takes no labels");
      sink.commit(Map.of());
    }
    String[] p1 = stored("p1");
    assertEquals("PyTorch", p1[0]);
    assertNull(p1[1]);
  }
}
