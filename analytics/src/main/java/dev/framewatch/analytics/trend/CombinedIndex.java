package dev.framewatch.analytics.trend;

import dev.framewatch.analytics.stats.Interval;
import dev.framewatch.analytics.stats.Wilson;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * One share per period and framework across the four kinds of evidence, as a weighted mean of each kind's share. Kinds differ
 * in size by orders of magnitude (tens of thousands of models, hundreds of papers a venue), so pooling documents would let
 * the hub alone decide; fixed, stated weights keep each kind's voice. A kind without documents naming a framework in a
 * period is left out of that period and the remaining weights are rescaled to sum to one (the point says which kinds it has).
 * The interval treats the kinds' shares as independent: variance = sum of (w/W)^2 times each Wilson half-width/z squared.
 */
public final class CombinedIndex {
  /**
   * @param kinds the kinds that had data in this period, with the weight each actually carried (summing to one)
   */
  public record Point(String period, String framework, Interval share, Map<String, Double> kinds) {}

  private CombinedIndex() {}

  /**
   * @param counts share counts by {@code kind} and a period (other dimensions are not allowed: the index is across kinds)
   * @param weights kind (wire name: paper, job, repo, model) to its weight; kinds not listed weigh nothing
   */
  public static List<Point> compute(ShareCounts counts, Dimension period, Map<String, Double> weights) {
    if (!counts.by().contains(Dimension.KIND) || counts.by().stream()
        .anyMatch(d -> d != Dimension.KIND && d != period && d != Dimension.FRAMEWORK)) {
      throw new IllegalArgumentException("a combined index needs counts by kind and " + period.key() + " only, got "
          + counts.by());
    }
    Table t = ShareTrends.table(counts, period);
    Map<String, Map<String, List<ShareTrends.Cell>>> byPeriod = new TreeMap<>();
    for (ShareTrends.Cell cell : ShareTrends.cells(t, List.of(Dimension.KIND.key()))) {
      byPeriod.computeIfAbsent(cell.period(), p -> new TreeMap<>())
          .computeIfAbsent(cell.framework(), f -> new ArrayList<>()).add(cell);
    }
    List<Point> out = new ArrayList<>();
    byPeriod.forEach((p, byFramework) -> byFramework.forEach((fw, rows) -> {
      double total = 0;
      for (ShareTrends.Cell c : rows) {
        if (c.trials() > 0) {
          total += weights.getOrDefault(c.series().get("kind"), 0.0);
        }
      }
      if (total <= 0) {
        return;
      }
      double estimate = 0;
      double variance = 0;
      Map<String, Double> carried = new LinkedHashMap<>();
      for (ShareTrends.Cell c : rows) {
        long n = c.trials();
        double w = weights.getOrDefault(c.series().get("kind"), 0.0) / total;
        if (n <= 0 || w <= 0) {
          continue;
        }
        Interval i = Wilson.interval(Math.min(c.weight(), n), n);
        double sd = (i.high() - i.low()) / (2 * Wilson.Z95);
        estimate += w * i.estimate();
        variance += w * w * sd * sd;
        carried.put(c.series().get("kind"), w);
      }
      double half = Wilson.Z95 * Math.sqrt(variance);
      out.add(new Point(p, fw, new Interval(estimate, Math.max(0, estimate - half), Math.min(1, estimate + half)),
          carried));
    }));
    return out;
  }
}
