package dev.framewatch.analytics.trend;

import dev.framewatch.analytics.stats.Interval;
import java.util.Map;

/**
 * One framework's change of share between two consecutive periods of one series (e.g. papers, 2023 to 2024).
 *
 * @param series the values of the dimensions other than the period ({@code kind=paper}); empty for the overall trend
 * @param change {@code shareTo - shareFrom} with Newcombe's 95% interval
 */
public record Trend(
    Map<String, String> series,
    String framework,
    String from,
    String to,
    double shareFrom,
    long trialsFrom,
    double shareTo,
    long trialsTo,
    Interval change) {

  public Trend {
    series = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(series));
  }

  /** True when the interval of the change leaves out zero: a movement the sample sizes support. */
  public boolean significant() {
    return change.excludes(0);
  }
}
