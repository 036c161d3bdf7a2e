package dev.framewatch.analytics.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
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

/** The paper-code and model-downloads signals on a known index: exact rows. */
class PaperCodeAndDownloadsSignalTest {
  @TempDir static Path dir;

  private static String paper(String id, int year, String text, String code) {
    return "{\"id\":\"" + id + "\",\"kind\":\"paper\",\"source\":\"papers\",\"title\":\"T\",\"venue\":\"ICML\",\"year\":" + year
        + ",\"abstract\":\"" + text + "\"" + (code == null ? "" : ",\"framework_code\":" + code) + "}";
  }

  private static String model(String id, String tag, String created, long downloads) {
    return "{\"id\":\"hf:" + id + "\",\"kind\":\"model\",\"source\":\"huggingface\",\"model_id\":\"" + id + "\","
        + "\"tags\":[\"" + tag + "\"],\"created\":\"" + created + "\",\"downloads\":" + downloads + "}";
  }

  @BeforeAll
  static void buildIndex() throws Exception {
    DocumentBuilder builder = new DocumentBuilder(new FrameworkDetector(MethodLoader.load("default")), Vocabulary.standard());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (String json : List.of(
          paper("p1", 2019, "In PyTorch.", "[\"tensorflow\"]"), // the text says PyTorch, the code TensorFlow
          paper("p2", 2019, "No names.", "[\"pytorch\"]"),
          paper("p3", 2019, "TensorFlow.", "[\"pytorch\",\"jax\"]"),
          paper("p4", 2019, "In PyTorch.", "[]"), // code judged, names nothing
          paper("p5", 2019, "In PyTorch.", null), // no code
          paper("p6", 2020, "x", "[\"jax\"]"),
          model("a/x", "pytorch", "2024-01-05", 300),
          model("a/y", "tf", "2024-01-06", 100),
          model("a/z", "jax", "2024-03-01", 7))) {
        EvidenceRecord r = RecordCodec.decode(json);
        w.updateDocument(new Term(IndexSchema.ID, r.id()), builder.build(r));
      }
      var m = builder.detector().method();
      w.setLiveCommitData(new CommitData(Map.of(), m.name(), m.version(), Instant.EPOCH, m.label()).toUserData().entrySet());
      w.commit();
    }
  }

  @Test
  void papersPerYearByTheFrameworkTheirCodeNames() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(List.of(
          new SignalRow(YearMonth.of(2019, 1), "pytorch", 2, 2.0 / 3),
          new SignalRow(YearMonth.of(2019, 1), "tensorflow", 1, 1.0 / 3),
          new SignalRow(YearMonth.of(2019, 1), "jax", 1, 1.0 / 3),
          new SignalRow(YearMonth.of(2020, 1), "jax", 1, 1.0)),
          new PaperCodeSignal().rows(reader, List.of(), null, null));
      assertEquals(List.of(new SignalRow(YearMonth.of(2020, 1), "jax", 1, 1.0)),
          new PaperCodeSignal().rows(reader, List.of("jax"), YearMonth.of(2019, 6), null));
    }
  }

  @Test
  void modelDownloadsPerMonthWithTheirWeightedShare() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      assertEquals(List.of(
          new SignalRow(YearMonth.of(2024, 1), "pytorch", 300, 0.75),
          new SignalRow(YearMonth.of(2024, 1), "tensorflow", 100, 0.25),
          new SignalRow(YearMonth.of(2024, 3), "jax", 7, 1.0)),
          new ModelDownloadsSignal().rows(reader, null, List.of(), null, null));
      assertEquals(List.of(new SignalRow(YearMonth.of(2024, 1), "tensorflow", 100, 0.25)),
          new ModelDownloadsSignal().rows(reader, null, List.of("tensorflow"), null, YearMonth.of(2024, 2)));
    }
  }

  @Test
  void theAdoptionServiceCountsBothFromTheEvidenceIndex() {
    AdoptionService service = AdoptionService.over(dir);
    assertEquals(true, service.available(AdoptionSignal.PAPER_CODE) && service.available(AdoptionSignal.MODEL_DOWNLOADS));
    assertEquals(List.of(
        new AdoptionRow(YearMonth.of(2019, 1), "pytorch", 2, false),
        new AdoptionRow(YearMonth.of(2019, 1), "tensorflow", 1, false),
        new AdoptionRow(YearMonth.of(2019, 1), "jax", 1, false),
        new AdoptionRow(YearMonth.of(2020, 1), "jax", 1, false)),
        service.rows(AdoptionQuery.all(AdoptionSignal.PAPER_CODE)));
    assertEquals(List.of(new AdoptionRow(YearMonth.of(2024, 1), "pytorch", 300, false)),
        service.rows(new AdoptionQuery(AdoptionSignal.MODEL_DOWNLOADS, List.of("pytorch"), null, null)));
    assertEquals(List.of(), AdoptionService.over(dir.resolve("none")).rows(AdoptionQuery.all(AdoptionSignal.PAPER_CODE)),
        "no index yet: no rows");
  }
}
