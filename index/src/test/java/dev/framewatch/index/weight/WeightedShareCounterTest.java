package dev.framewatch.index.weight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.testing.Methods;
import dev.framewatch.index.testing.TestIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads-weighted shares on a known index.
 *
 * <pre>
 * model  tags         created     downloads
 * m1     pytorch      2024-01-10        900
 * m2     tf           2024-01-20        100
 * m3     pytorch, tf  2024-02-01      1,000
 * m4     jax          2024-02-15          0
 * m5     (none)       2024-02-20      5,000   no framework: in the documents, not in the shares
 * p1     a paper naming PyTorch                no downloads: not counted at all
 * </pre>
 */
class WeightedShareCounterTest {
  @TempDir static Path dir;
  @TempDir static Path methodDir;
  static Method fractional;

  private static Model model(String id, List<String> tags, String created, long downloads) {
    return new Model("hf:" + id, "huggingface", null, "org/" + id, "transformers", tags, "fill-mask",
        LocalDate.parse(created), downloads, 0, null);
  }

  @BeforeAll
  static void buildIndex() throws Exception {
    fractional = Methods.defaultVariant(methodDir, "fractional", "multiple = fractional");
    MethodSet methods = MethodSet.of(new FrameworkDetector(MethodLoader.load("default")),
        List.of(new FrameworkDetector(fractional)));
    List<EvidenceRecord> records = List.of(
        model("m1", List.of("pytorch"), "2024-01-10", 900),
        model("m2", List.of("tf"), "2024-01-20", 100),
        model("m3", List.of("pytorch", "tf"), "2024-02-01", 1000),
        model("m4", List.of("jax"), "2024-02-15", 0),
        model("m5", List.of("region:us"), "2024-02-20", 5000),
        new Paper("p1", "test", null, "T", "ICLR", 2024, null, null, null, "Implemented in PyTorch.", null, null, null));
    TestIndex.write(dir, methods, records.subList(0, 3), Map.of());
    TestIndex.write(dir, methods, records.subList(3, 6), Map.of()); // a second segment
  }

  private static WeightedShares count(String where, Method method, Dimension... by) throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      return new WeightedShareCounter().count(reader, where, List.of(by), method, "downloads");
    }
  }

  /** {@code group framework count of any: weight/anyWeight [low, high]}. */
  private static List<String> lines(WeightedShares s) {
    return s.rows().stream().map(r -> String.join(",", r.group().values()) + " " + r.framework() + " " + r.count() + "/"
        + r.countWeight() + " of " + r.documentsAnyFramework() + ": " + r.weight() + "/" + r.weightAnyFramework() + " = "
        + r.share() + " [" + r.shareLow() + ", " + r.shareHigh() + "]").toList();
  }

  @Test
  void eachModelCountsByItsDownloadsBesideThePlainCount() throws Exception {
    WeightedShares s = count(null, null, Dimension.MONTH);
    assertEquals(List.of(
        "2024-01 pytorch 1/1.0 of 2: 900.0/1000.0 = 0.9 [0.0, 1.0]",
        "2024-01 tensorflow 1/1.0 of 2: 100.0/1000.0 = 0.1 [0.0, 1.0]",
        "2024-02 pytorch 1/1.0 of 2: 1000.0/1000.0 = 1.0 [1.0, 1.0]",
        "2024-02 tensorflow 1/1.0 of 2: 1000.0/1000.0 = 1.0 [1.0, 1.0]",
        "2024-02 jax 1/1.0 of 2: 0.0/1000.0 = 0.0 [0.0, 0.0]"), lines(s));
    // February: every resample that weighs anything holds m3, which names both; those of m4 alone (0 downloads) have no share.
    assertEquals(0.5, s.rows().get(0).countShare());
    assertEquals(5, s.matchingDocuments()); // the paper has no downloads
    assertEquals(4, s.matchingDocumentsAnyFramework());
    assertEquals(7000.0, s.totalWeight());
    assertEquals(2000.0, s.totalWeightAnyFramework());
    assertEquals("bootstrap-1000", s.interval());
    assertEquals("default", s.methodName());
  }

  @Test
  void overAllModelsAndUnderAFractionalMethod() throws Exception {
    assertEquals(List.of(
        " pytorch 2/2.0 of 4: 1900.0/2000.0 = 0.95 [0.0, 1.0]",
        " tensorflow 2/2.0 of 4: 1100.0/2000.0 = 0.55 [0.0, 1.0]",
        " jax 1/1.0 of 4: 0.0/2000.0 = 0.0 [0.0, 0.0]"), lines(count(null, null)));
    // m3 names two frameworks: each gets half its downloads, and half a model in the plain count.
    WeightedShares f = count(null, fractional);
    assertEquals(List.of(1400.0, 600.0, 0.0), f.rows().stream().map(WeightedShareRow::weight).toList());
    assertEquals(List.of(1.5, 1.5, 1.0), f.rows().stream().map(WeightedShareRow::countWeight).toList());
    assertEquals(0.7, f.rows().get(0).share(), 1e-12);
  }

  @Test
  void intervalsAreSeededPerGroupAndRepeatable() throws Exception {
    WeightedShares all = count(null, null, Dimension.MONTH);
    assertEquals(lines(all), lines(count(null, null, Dimension.MONTH)));
    // A group's interval is the same whether or not other groups are counted beside it.
    WeightedShares january = count("month:2024-01", null, Dimension.MONTH);
    assertEquals(lines(all).subList(0, 2), lines(january));
  }

  @Test
  void onlyMetricsWeigh() throws Exception {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
      try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
        new WeightedShareCounter().count(reader, null, List.of(), null, "venue");
      }
    });
    assertEquals("weight 'venue': not a metric of the index [stars, forks, downloads, likes, new_stars]", e.getMessage());
  }

  @Test
  void bootstrapPercentilesByNearestRank() {
    assertEquals(24, Bootstrap.rank(0.025, 1000));
    assertEquals(974, Bootstrap.rank(0.975, 1000));
    assertEquals(0, Bootstrap.rank(0.025, 10));
  }
}
