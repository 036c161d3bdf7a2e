package dev.framewatch.analytics.share;

import dev.framewatch.analytics.stats.Interval;
import dev.framewatch.analytics.stats.Wilson;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one group of a share table says beyond its rows: its denominators, its coverage (documents naming any framework / all
 * documents: how much of the evidence the method can read at all) and the PyTorch/(PyTorch+TensorFlow) ratio, the one number
 * most published comparisons quote, each with its Wilson 95% interval.
 *
 * @param pytorch the group's PyTorch weight (documents, or their 1/n weights under a fractional method)
 * @param tensorflow the group's TensorFlow weight
 * @param ratio PyTorch / (PyTorch + TensorFlow), null when neither is named in the group
 */
public record GroupSummary(
    Map<String, String> group,
    long documents,
    long documentsAnyFramework,
    Interval coverage,
    double pytorch,
    double tensorflow,
    Interval ratio) {

  public static final String PYTORCH = "pytorch";
  public static final String TENSORFLOW = "tensorflow";

  /** One summary per group (groups naming no framework too), in the rows' order. */
  public static List<GroupSummary> of(ShareCounts counts) {
    Map<Map<String, String>, List<ShareRow>> byGroup = new LinkedHashMap<>();
    for (ShareRow r : counts.rows()) {
      byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
    }
    List<GroupSummary> out = new ArrayList<>();
    for (ShareCounts.GroupTotal total : counts.groups()) {
      List<ShareRow> rows = byGroup.getOrDefault(total.group(), List.of());
      double pt = weight(rows, PYTORCH);
      double tf = weight(rows, TENSORFLOW);
      long pair = Math.round(Math.ceil(pt + tf - 1e-9));
      Interval ratio = pt + tf > 0 ? Wilson.interval(pt, pair) : null;
      if (ratio != null && pair != pt + tf) {
        // Fractional weights: the trials are the pair's weight itself, so the estimate stays pt / (pt + tf).
        ratio = rescaled(pt, pt + tf);
      }
      out.add(new GroupSummary(total.group(), total.documents(), total.documentsAnyFramework(),
          Wilson.interval(total.documentsAnyFramework(), total.documents()), pt, tf, ratio));
    }
    return out;
  }

  /** A Wilson interval for a proportion whose denominator is not a whole number (fractional weights). */
  private static Interval rescaled(double successes, double trials) {
    long n = Math.max(1, Math.round(trials));
    Interval i = Wilson.interval(successes / trials * n, n);
    return new Interval(successes / trials, Math.min(i.low(), successes / trials), Math.max(i.high(), successes / trials));
  }

  private static double weight(List<ShareRow> rows, String framework) {
    return rows.stream().filter(r -> r.framework().equals(framework)).mapToDouble(ShareRow::weight).sum();
  }
}
