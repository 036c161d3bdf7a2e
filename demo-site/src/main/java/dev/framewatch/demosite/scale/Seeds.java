package dev.framewatch.demosite.scale;

/**
 * Independent seeds for each record of a scaled corpus, from the corpus seed and the record's coordinates: record {@code i} is
 * the same whether it is asked first or after a million others, which is what lets a scaled site make records on request.
 */
public final class Seeds {
  private Seeds() {}

  /** SplitMix64's finaliser over the seed and the coordinates: well-spread seeds for {@link java.util.Random}. */
  public static long of(long seed, long... coordinates) {
    long z = seed;
    for (long c : coordinates) {
      z = mix(z + 0x9E3779B97F4A7C15L + c * 0xBF58476D1CE4E5B9L);
    }
    return z;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Where record {@code index} of {@code count} falls in a span that fills at a rate growing by {@code growth} per unit of the
   * span's length, as a fraction of the span (0 = its start): newest first, so index 0 is nearest 1. Strictly decreasing in
   * index, so a listing ordered by index is ordered by time without sorting.
   */
  public static double newestFirst(long index, long count, double growth) {
    double p = 1 - (index + 0.5) / count;
    if (growth == 0) {
      return p;
    }
    return Math.log1p(p * Math.expm1(growth)) / growth;
  }
}
