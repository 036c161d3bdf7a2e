package dev.framewatch.analytics.stats;

/** A two-sided 95% confidence interval around an estimate. */
public record Interval(double estimate, double low, double high) {
  public Interval {
    if (!(low <= estimate + 1e-12 && estimate <= high + 1e-12)) {
      throw new IllegalArgumentException("interval [" + low + ", " + high + "] does not contain " + estimate);
    }
  }

  /** The interval of "no data": estimate 0, bounds 0 and 1 (anything is possible). */
  public static Interval unknownProportion() {
    return new Interval(0, 0, 1);
  }

  /** True when the interval leaves out {@code value} (e.g. a change whose interval excludes 0 is significant). */
  public boolean excludes(double value) {
    return value < low || value > high;
  }
}
