package dev.framewatch.analytics.summary;

import dev.framewatch.analytics.stats.Interval;
import dev.framewatch.analytics.trend.Trend;
import java.util.List;

/**
 * What one kind of evidence says today: in its latest period with documents naming a framework, each headline framework's
 * share with its Wilson interval and its change since the period before, and the coverage (documents naming any framework of
 * all documents in that period). Computed from the very {@code ShareCounts} {@code /api/share?by=kind,<period>} answers.
 *
 * @param kind the kind's wire name ({@code paper})
 * @param period the latest period with documents naming a framework ({@code 2020}, {@code 2026-W47})
 * @param documents documents of the kind in that period
 * @param documentsAnyFramework of those, documents naming any framework: the share's denominator
 */
public record Headline(String kind, String period, long documents, long documentsAnyFramework, List<FrameworkShare> shares) {
  public Headline {
    shares = List.copyOf(shares);
  }

  /**
   * @param count documents counted for the framework in the period
   * @param share the share among documents naming any framework, with its Wilson 95% interval
   * @param change the change since the previous period with documents naming a framework (Newcombe's interval), or null
   *     when there is none
   */
  public record FrameworkShare(String framework, long count, Interval share, Trend change) {}

  /** Documents naming any framework over all documents of the period. */
  public double coverage() {
    return documents == 0 ? 0 : (double) documentsAnyFramework / documents;
  }
}
