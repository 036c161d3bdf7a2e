package dev.framewatch.index.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.query.WhereParser;
import dev.framewatch.index.testing.Records;
import dev.framewatch.index.testing.TestIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFactsTest {
  static final MethodSet METHODS = MethodSet.of(Records.DETECTOR,
      List.of(new FrameworkDetector(MethodLoader.load("horace-2019"))));

  /** The second version of p1: its text names PyTorch, its code repository declares PyTorch and JAX. */
  static final EvidenceRecord PAPER_WITH_CODE = RecordCodec.decode("{\"id\":\"p1\",\"kind\":\"paper\",\"source\":\"test\","
      + "\"title\":\"Paper p1\",\"venue\":\"CVPR\",\"year\":2019,\"abstract\":\"We implement it in PyTorch.\","
      + "\"framework_code\":[\"pytorch\",\"jax\"]}");
  static final EvidenceRecord REPO = RecordCodec.decode("{\"id\":\"gh:pytorch/vision\",\"kind\":\"repo\",\"source\":\"github\","
      + "\"full_name\":\"pytorch/vision\",\"stars\":15000,\"forks\":6900,\"topics\":[\"pytorch\"],\"created\":\"2016-11-09\"}");
  static final EvidenceRecord MODEL = RecordCodec.decode("{\"id\":\"hf:google-bert/bert-base-uncased\",\"kind\":\"model\","
      + "\"source\":\"huggingface\",\"model_id\":\"google-bert/bert-base-uncased\",\"library_name\":\"transformers\","
      + "\"tags\":[\"transformers\",\"pytorch\",\"tf\"],\"pipeline_tag\":\"fill-mask\",\"created\":\"2022-03-02\","
      + "\"downloads\":1000,\"likes\":7}");

  @Test
  void columnsFollowTheIndexsMethodsAndSchema() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(index())) {
      assertEquals(List.of("id", "kind", "source", "venue", "year", "month", "domain", "domain_source", "library", "task",
          "frameworks_default", "frameworks_horace_2019", "framework_code", "excluded_by", "label_domain", "label_usage",
          "stars", "forks", "downloads", "likes", "new_stars"),
          new DocumentFacts(reader).columns().stream().map(FactColumn::name).toList());
    }
  }

  /**
   * Lists as the index holds them, sorted; horace-2019 folds Keras into TensorFlow and counts no document naming several
   * frameworks ({@code multiple = count-none}), so the model has no horace frameworks. The replaced first version of p1
   * (TensorFlow) is not exported.
   */
  @Test
  void everyLiveDocumentIsOneRowOfItsIndexedValues() throws Exception {
    assertEquals(List.of(
        List.of("j1", "job", "greenhouse", "-", 2024, 5, "vision", "classifier", "-", "-", List.of("keras", "tensorflow"),
            List.of("tensorflow"), List.of(), List.of(), "vision", "-", "-", "-", "-", "-", "-"),
        List.of("p1", "paper", "test", "cvpr", 2019, "-", "vision", "venue", "-", "-", List.of("pytorch"), List.of("pytorch"),
            List.of("jax", "pytorch"), List.of(), "-", "-", "-", "-", "-", "-", "-"),
        List.of("gh:pytorch/vision", "repo", "github", "-", 2016, 11, "-", "-", "-", "-", List.of("pytorch"),
            List.of("pytorch"), List.of(), List.of(), "-", "-", 15000L, 6900L, "-", "-", "-"),
        List.of("hf:google-bert/bert-base-uncased", "model", "huggingface", "-", 2022, 3, "language", "pipeline",
            "transformers", "fill-mask", List.of("pytorch", "tensorflow"), List.of(), List.of(), List.of(),
            "-", "-", "-", "-", 1000L, 7L, "-")),
        rows(index(), null));
  }

  @Test
  void whereSelectsTheSameDocumentsAsShare() throws Exception {
    List<List<Object>> rows = rows(index(), "framework:pytorch AND year:[2017 TO 2023]");
    assertEquals(List.of("p1", "hf:google-bert/bert-base-uncased"), rows.stream().map(r -> r.get(0)).toList());
  }

  @Test
  void aLimitStopsTheStream() throws Exception {
    Path dir = index();
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      List<Long> progress = new ArrayList<>();
      long n = new DocumentFacts(reader).forEach(new WhereParser().parse(null), 3, r -> { }, progress::add);
      assertEquals(3, n);
      assertEquals(List.of(1L, 2L, 3L), progress);
    }
  }

  @TempDir Path tmp;

  /** Two segments (documents 1-2, then 3-4) and one replaced document, so deleted versions must be skipped. */
  private Path index() throws Exception {
    Path dir = tmp.resolve("index");
    if (!java.nio.file.Files.exists(dir)) {
      Labels jobLabels = Labels.decode("{\"id\":\"j1\",\"labels\":{\"domain\":{\"value\":\"vision\","
          + "\"confidence\":0.9,\"model\":\"m\",\"version\":\"1\"}}}");
      TestIndex.write(dir, METHODS, List.of(
          Records.paper("p1", "CVPR", 2019, "We implement it in TensorFlow."),
          Records.job("j1", "2024-05-01", "Keras and TensorFlow")), Map.of("j1", jobLabels));
      TestIndex.write(dir, METHODS, List.of(
          PAPER_WITH_CODE, REPO, MODEL), Map.of());
    }
    return dir;
  }

  /** Rows with "-" for null, so they compare as lists. */
  static List<List<Object>> rows(Path dir, String where) throws Exception {
    List<List<Object>> out = new ArrayList<>();
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      new DocumentFacts(reader).forEach(new WhereParser().parse(where), -1,
          r -> out.add(Arrays.asList(r.cells().stream().map(c -> c == null ? "-" : c).toArray())), n -> { });
    }
    return out;
  }
}
