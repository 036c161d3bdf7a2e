package dev.framewatch.app.cli;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * A query's first and median latency, for {@code rehearse}: the first call pays for cold caches (the index's files, a
 * dashboard response cache), the median of the rest is what a user asking again sees.
 *
 * @param name what was asked, e.g. {@code share --by venue,year}
 * @param runs calls made, the first included
 */
record Latency(String name, int runs, double firstMs, double medianMs) {
  /** Calls {@code query} {@code runs} times; a failing call fails the measurement. */
  static Latency measure(String name, int runs, Callable<?> query) throws Exception {
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      query.call();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    double first = ms[0];
    double[] rest = runs > 1 ? Arrays.copyOfRange(ms, 1, runs) : ms;
    Arrays.sort(rest);
    double median = rest.length % 2 == 1 ? rest[rest.length / 2] : (rest[rest.length / 2 - 1] + rest[rest.length / 2]) / 2;
    return new Latency(name, runs, first, median);
  }
}
