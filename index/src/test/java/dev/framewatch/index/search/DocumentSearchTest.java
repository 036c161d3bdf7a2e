package dev.framewatch.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSearchTest {
  private final FrameworkDetector detector = new FrameworkDetector(MethodLoader.load("default"));
  private final DocumentSearch search = new DocumentSearch(detector, Vocabulary.standard());

  private static Paper paper(String id, String venue, int year, String abstractText) {
    return new Paper(id, "test", null, "Title " + id, venue, year, null, null, null, abstractText, null,
        Map.of("page", "https://example.org/" + id), null);
  }

  private DirectoryReader index(Path dir, List<EvidenceRecord> records) throws Exception {
    DocumentBuilder builder = new DocumentBuilder(detector, Vocabulary.standard());
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (EvidenceRecord r : records) {
        w.updateDocument(new Term(IndexSchema.ID, r.id()), builder.build(r));
      }
      w.commit();
    }
    return DirectoryReader.open(FSDirectory.open(dir));
  }

  @Test
  void listsExactlyTheDocumentsOfACellWithTheirEvidence(@TempDir Path dir) throws Exception {
    try (DirectoryReader reader = index(dir, List.of(
        paper("p1", "CVPR", 2019, "We train a detector. The code is written in PyTorch and released."),
        paper("p2", "CVPR", 2019, "A TensorFlow model; a PyTorch port exists."),
        paper("p3", "CVPR", 2019, "No framework named, only TF-IDF baselines."),
        paper("p4", "CVPR", 2020, "PyTorch again."),
        paper("p5", "ICLR", 2019, "PyTorch on ICLR."),
        new Job("j1", "board", null, "ML engineer", "Acme", null, LocalDate.of(2021, 5, 1), "Keras and PyTorch", null)))) {
      DocumentPage page = search.find(reader,
          new DrillDown(null, Map.of(Dimension.VENUE, "cvpr", Dimension.YEAR, "2019"), "pytorch", DrillDown.Order.RELEVANCE,
              0, 10));
      assertEquals(2, page.total());
      assertEquals(List.of("p1", "p2"), page.hits().stream().map(DocumentHit::id).toList());
      DocumentHit p1 = page.hits().get(0);
      assertEquals("cvpr", p1.venue());
      assertEquals("2019", p1.year());
      assertEquals(List.of("pytorch"), p1.frameworks());
      assertEquals("Title p1 We train a detector. The code is written in PyTorch and released.", p1.evidence().get("pytorch"));
      assertEquals("https://example.org/p1", p1.url());
      assertEquals(List.of("pytorch", "tensorflow"), page.hits().get(1).frameworks());

      DocumentPage newest = search.find(reader, new DrillDown("text:pytorch", Map.of(), "pytorch", DrillDown.Order.NEWEST, 0, 3));
      assertEquals(5, newest.total());
      assertEquals(List.of("j1", "p4", "p1"), newest.hits().stream().map(DocumentHit::id).toList());
      assertEquals(List.of("p2", "p5"), search.find(reader,
          new DrillDown("text:pytorch", Map.of(), "pytorch", DrillDown.Order.NEWEST, 3, 3)).hits().stream()
          .map(DocumentHit::id).toList());

      DocumentPage noVenue = search.find(reader, new DrillDown(null, Map.of(Dimension.VENUE, ""), null, null, 0, 10));
      assertEquals(List.of("j1"), noVenue.hits().stream().map(DocumentHit::id).toList());
    }
  }

  @Test
  void badRequestsSayWhy() {
    assertEquals("limit must be between 1 and 1000, got 0",
        assertThrows(IllegalArgumentException.class, () -> new DrillDown(null, null, null, null, 0, 0)).getMessage());
    assertEquals("give the framework as its own parameter, not as a cell dimension",
        assertThrows(IllegalArgumentException.class,
            () -> new DrillDown(null, Map.of(Dimension.FRAMEWORK, "jax"), null, null, 0, 5)).getMessage());
  }
}
