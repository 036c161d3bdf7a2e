package dev.framewatch.index.weight;

import dev.framewatch.index.schema.Dimension;
import java.util.List;

/**
 * The result of one weighted count: rows in group, then vocabulary order, one per group and framework counted at least once.
 *
 * @param weightField the metric each document weighs by ({@code downloads}); documents without it are not counted
 * @param resamples bootstrap resamples behind each interval
 * @param matchingDocuments documents matched (with the weight field)
 * @param totalWeight their weights summed
 */
public record WeightedShares(List<Dimension> by, String where, String methodName, String methodVersion, String weightField,
    int resamples, List<WeightedShareRow> rows, long matchingDocuments, long matchingDocumentsAnyFramework,
    double totalWeight, double totalWeightAnyFramework) {
  public WeightedShares {
    by = List.copyOf(by);
    rows = List.copyOf(rows);
  }

  /**
   * How the intervals were made, as output names it: {@code bootstrap-1000} (percentile bootstrap over the group's documents,
   * 95%, seeded). Wilson's interval is for counts of independent trials; a share of downloads is dominated by a few heavy
   * models, which resampling the models captures.
   */
  public String interval() {
    return "bootstrap-" + resamples;
  }
}
