package dev.framewatch.analytics.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Papers: PyTorch 48/80 in 2018, 56/70 in 2019 (Newcombe's own example: change 0.2000, 95% CI 0.0524 to 0.3339).
 * Models: PyTorch 9/10 in 2019 only; 2018 has 5 models, none naming a framework (no trials: no change computed).
 */
class ShareTrendsTest {
  private static Map<String, String> g(String kind, String year) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("year", year);
    return m;
  }

  static final ShareCounts COUNTS = new ShareCounts(List.of(Dimension.KIND, Dimension.YEAR), null, "default", "0.2.0",
      List.of(
          new ShareRow(g("model", "2019"), "pytorch", 9, 12, 10),
          new ShareRow(g("model", "2019"), "tensorflow", 1, 12, 10),
          new ShareRow(g("paper", "2018"), "pytorch", 48, 100, 80),
          new ShareRow(g("paper", "2018"), "tensorflow", 40, 100, 80),
          new ShareRow(g("paper", "2019"), "pytorch", 56, 90, 70)),
      207, 160,
      List.of(
          new ShareCounts.GroupTotal(g("model", "2018"), 5, 0),
          new ShareCounts.GroupTotal(g("model", "2019"), 12, 10),
          new ShareCounts.GroupTotal(g("paper", "2018"), 100, 80),
          new ShareCounts.GroupTotal(g("paper", "2019"), 90, 70)));

  private static String line(Trend t) {
    return String.format(Locale.ROOT, "%s %s %s->%s %.4f->%.4f %+.4f [%.4f, %.4f]%s", t.series(), t.framework(), t.from(),
        t.to(), t.shareFrom(), t.shareTo(), t.change().estimate(), t.change().low(), t.change().high(),
        t.significant() ? " *" : "");
  }

  @Test
  void changesPerSeriesWithNewcombeIntervalsAndZerosFilledIn() {
    List<String> lines = ShareTrends.changes(COUNTS, Dimension.YEAR).stream().map(ShareTrendsTest::line).toList();
    assertEquals(List.of(
        "{kind=paper} pytorch 2018->2019 0.6000->0.8000 +0.2000 [0.0524, 0.3339] *",
        // TensorFlow is absent from the 2019 papers: a share of 0 of 70, not a missing point. By hand: Wilson 40/80 is
        // [0.3930, 0.6070], 0/70 is [0, 0.0520]; L = -0.5 - 0.1070, U = -0.5 + sqrt(0.0520^2 + 0.1070^2).
        "{kind=paper} tensorflow 2018->2019 0.5000->0.0000 -0.5000 [-0.6070, -0.3810] *"), lines);
  }

  @Test
  void combinedIndexWeighsKindsAndSaysWhichCarriedAPeriod() {
    List<CombinedIndex.Point> points =
        CombinedIndex.compute(COUNTS, Dimension.YEAR, Map.of("paper", 0.25, "job", 0.25, "repo", 0.25, "model", 0.25));
    List<String> lines = points.stream().map(p -> String.format(Locale.ROOT, "%s %s %.4f [%.4f, %.4f] %s", p.period(),
        p.framework(), p.share().estimate(), p.share().low(), p.share().high(), p.kinds())).toList();
    assertEquals(List.of(
        "2018 pytorch 0.6000 [0.4950, 0.7050] {paper=1.0}",
        "2018 tensorflow 0.5000 [0.3930, 0.6070] {paper=1.0}",
        // 0.5 * 9/10 + 0.5 * 56/70; half-width 1.96 * sqrt(0.25 sd_model^2 + 0.25 sd_paper^2)
        "2019 pytorch 0.8500 [0.7429, 0.9571] {model=0.5, paper=0.5}",
        "2019 tensorflow 0.0500 [0.0000, 0.1474] {model=0.5, paper=0.5}"), lines);
  }

  @Test
  void refusesCountsWithoutThePeriod() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ShareTrends.changes(COUNTS, Dimension.MONTH));
    assertEquals("the counts are not by month (by [KIND, YEAR])", e.getMessage());
  }
}
