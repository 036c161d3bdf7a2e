package dev.framewatch.index.weight;

import java.util.Map;

/**
 * One group and framework of a weighted share, beside its plain count.
 *
 * @param group the value of each requested dimension other than {@code framework}, in request order ("" when none)
 * @param framework the framework id
 * @param count documents in the group counted for this framework (the plain count)
 * @param documentsAnyFramework documents in the group counted for at least one framework
 * @param countWeight the plain count's weight: {@code count}, or the sum of 1/n under a fractional method
 * @param weight the framework's weighted total: the sum of the documents' weights (downloads), each weight/n under a fractional
 *     method
 * @param weightAnyFramework the weights of the group's documents naming any framework, summed
 * @param shareLow the weighted share's interval (see {@link WeightedShares#interval()}), low end
 * @param shareHigh high end
 */
public record WeightedShareRow(Map<String, String> group, String framework, long count, long documentsAnyFramework,
    double countWeight, double weight, double weightAnyFramework, double shareLow, double shareHigh) {
  public WeightedShareRow {
    group = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(group));
  }

  /** weight / weightAnyFramework: the framework's share of the group's downloads; 0 when the group has none. */
  public double share() {
    return weightAnyFramework == 0 ? 0.0 : weight / weightAnyFramework;
  }

  /** The plain share beside it: countWeight / documentsAnyFramework. */
  public double countShare() {
    return documentsAnyFramework == 0 ? 0.0 : countWeight / documentsAnyFramework;
  }
}
