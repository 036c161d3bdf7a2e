package dev.framewatch.index.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import dev.framewatch.index.testing.Records;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fourteen documents over two segments (one replaced in the second): papers of CVPR, NeurIPS (as "NIPS" and "NeurIPS"), ACL
 * and none, jobs with and without dates, documents naming one, two or no frameworks.
 */
class ShareCounterTest {
  @TempDir static Path dir;

  private final ShareCounter counter = new ShareCounter();

  @BeforeAll
  static void buildIndex() throws Exception {
    DocumentBuilder builder = new DocumentBuilder(Records.DETECTOR, Vocabulary.standard());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer()))) {
      List<EvidenceRecord> first = List.of(
          Records.paper("p1", "CVPR", 2019, "We use PyTorch."),
          Records.paper("p2", "CVPR", 2019, "Built on TensorFlow."),
          Records.paper("p3", "cvpr", 2019, "Both PyTorch and TensorFlow."),
          Records.paper("p4", "CVPR", 2019, "No framework named (yet)."),
          Records.paper("p5", "CVPR", 2020, "pytorch"),
          Records.paper("p6", "CVPR", 2020, "jax and flax"),
          Records.paper("p7", "NIPS", 2019, "keras"));
      for (EvidenceRecord r : first) {
        w.updateDocument(new Term(IndexSchema.ID, r.id()), builder.build(r));
      }
      w.setLiveCommitData(Map.of("method.name", "default", "method.version", "0.1.0").entrySet());
      w.commit(); // first segment
      List<EvidenceRecord> second = List.of(
          Records.paper("p4", "CVPR", 2019, "Now it says PyTorch."), // replaces p4 of the first segment
          Records.paper("p8", "NeurIPS", 2020, "PyTorch"),
          Records.paper("p9", "ACL", 2020, "TensorFlow"),
          Records.paper("p10", null, 2020, "PyTorch"),
          Records.paper("p11", "CVPR", 2020, "no frameworks here"),
          Records.job("j1", "2020-03-01", "PyTorch"),
          Records.job("j2", "2020-05-01", "MXNet"),
          Records.job("j3", null, "TensorFlow"));
      for (EvidenceRecord r : second) {
        w.updateDocument(new Term(IndexSchema.ID, r.id()), builder.build(r));
      }
      w.setLiveCommitData(Map.of("method.name", "default", "method.version", "0.1.0").entrySet());
      w.commit();
    }
  }

  @Test
  void countsByVenueAndYear() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      assertEquals(2, reader.leaves().size(), "the test means to cover more than one segment");
      ShareCounts counts = counter.count(reader, null, List.of(Dimension.VENUE, Dimension.YEAR));
      assertEquals("default", counts.methodName());
      assertEquals("0.1.0", counts.methodVersion());
      assertEquals(14, counts.matchingDocuments());
      assertEquals(13, counts.matchingDocumentsAnyFramework());
      assertEquals(List.of(
          "|| tensorflow 1/1/1",
          "|2020| pytorch 2/3/3",
          "|2020| mxnet 1/3/3",
          "acl|2020| tensorflow 1/1/1",
          "cvpr|2019| pytorch 3/4/4",
          "cvpr|2019| tensorflow 2/4/4",
          "cvpr|2020| pytorch 1/3/2",
          "cvpr|2020| jax 1/3/2",
          "neurips|2019| keras 1/1/1",
          "neurips|2020| pytorch 1/1/1"), lines(counts));
      assertEquals(Map.of("venue", "cvpr", "year", "2019"), counts.rows().get(4).group());
      assertEquals(0.75, counts.rows().get(4).share(), 1e-9);
    }
  }

  @Test
  void whereFiltersBeforeCounting() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      ShareCounts counts = counter.count(reader, "venue:CVPR", List.of(Dimension.YEAR, Dimension.FRAMEWORK));
      assertEquals(List.of(Dimension.YEAR, Dimension.FRAMEWORK), counts.by());
      assertEquals(7, counts.matchingDocuments());
      assertEquals(6, counts.matchingDocumentsAnyFramework());
      assertEquals(List.of(
          "2019| pytorch 3/4/4",
          "2019| tensorflow 2/4/4",
          "2020| pytorch 1/3/2",
          "2020| jax 1/3/2"), lines(counts));
    }
  }

  @Test
  void fullTextWhereAndKindDimension() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      ShareCounts counts = counter.count(reader, "tensorflow", List.of(Dimension.KIND));
      assertEquals(List.of(
          "job| tensorflow 1/1/1",
          "paper| pytorch 1/3/3",
          "paper| tensorflow 3/3/3"), lines(counts));
      assertEquals(4, counts.matchingDocuments());
    }
  }

  @Test
  void frameworkOnlyIsOneGroupAndMonthsComeFromDates() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      ShareCounts all = counter.count(reader, "", List.of(Dimension.FRAMEWORK));
      assertEquals(List.of(
          "pytorch 7/14/13",
          "tensorflow 4/14/13",
          "jax 1/14/13",
          "keras 1/14/13",
          "mxnet 1/14/13"), lines(all));
      ShareCounts jobs = counter.count(reader, "kind:job", List.of(Dimension.MONTH, Dimension.DOMAIN));
      assertEquals(List.of(
          "|| tensorflow 1/1/1",
          "2020-03|| pytorch 1/1/1",
          "2020-05|| mxnet 1/1/1"), lines(jobs));
      ShareCounts domains = counter.count(reader, "kind:paper", List.of(Dimension.DOMAIN));
      assertEquals(List.of(
          "| pytorch 2/3/3", // p8, p10 (p7 is keras): NeurIPS and no venue have no domain
          "| keras 1/3/3",
          "language| tensorflow 1/1/1",
          "vision| pytorch 4/7/6",
          "vision| tensorflow 2/7/6",
          "vision| jax 1/7/6"), lines(domains));
    }
  }

  @Test
  void badWhereIsAnIllegalArgument() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      assertThrows(IllegalArgumentException.class, () -> counter.count(reader, "vneue:cvpr", List.of(Dimension.YEAR)));
    }
  }

  /** "group values joined by | then | framework count/documents/documentsAnyFramework". */
  private static List<String> lines(ShareCounts counts) {
    List<String> out = new ArrayList<>();
    for (ShareRow r : counts.rows()) {
      String group = String.join("|", new LinkedHashMap<>(r.group()).values());
      out.add((group.isEmpty() && r.group().isEmpty() ? "" : group + "| ") + r.framework() + " " + r.count() + "/"
          + r.documents() + "/" + r.documentsAnyFramework());
    }
    return out;
  }
}
