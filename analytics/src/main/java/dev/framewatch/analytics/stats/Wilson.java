package dev.framewatch.analytics.stats;

/**
 * Wilson score intervals for proportions, and Newcombe's hybrid score interval for the difference of two (method 10 of
 * Newcombe 1998). Wilson rather than the normal approximation because shares here are often near 0 or 1 and groups small
 * (a venue in its first year): the normal interval then leaves [0, 1] or collapses to a point, Wilson's does neither.
 */
public final class Wilson {
  /** z for a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  private Wilson() {}

  /**
   * The 95% interval of {@code successes / trials}. Successes may be fractional (a fractional method's weights); the
   * interval is then that of the same proportion over the same number of trials.
   */
  public static Interval interval(double successes, long trials) {
    if (trials <= 0) {
      return Interval.unknownProportion();
    }
    if (successes < 0 || successes > trials + 1e-9) {
      throw new IllegalArgumentException("successes " + successes + " outside [0, " + trials + "]");
    }
    double n = trials;
    double p = Math.min(1.0, successes / n);
    double z2 = Z95 * Z95;
    double denominator = 1 + z2 / n;
    double center = (p + z2 / (2 * n)) / denominator;
    double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return new Interval(p, Math.max(0, center - half), Math.min(1, center + half));
  }

  /**
   * The 95% interval of {@code p2 - p1} for two independent proportions (the change from period 1 to period 2), by Newcombe's
   * hybrid score method: it combines the two Wilson intervals and, like them, behaves near 0 and 1.
   */
  public static Interval difference(double successes1, long trials1, double successes2, long trials2) {
    Interval a = interval(successes1, trials1);
    Interval b = interval(successes2, trials2);
    double d = b.estimate() - a.estimate();
    double low = d - Math.sqrt(square(b.estimate() - b.low()) + square(a.high() - a.estimate()));
    double high = d + Math.sqrt(square(b.high() - b.estimate()) + square(a.estimate() - a.low()));
    return new Interval(d, Math.max(-1, low), Math.min(1, high));
  }

  private static double square(double x) {
    return x * x;
  }
}
