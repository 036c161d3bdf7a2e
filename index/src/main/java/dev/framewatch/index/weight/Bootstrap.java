package dev.framewatch.index.weight;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap of weighted shares over a group's documents: {@code resamples} times, draw as many documents as the
 * group has (with replacement) and compute each framework's share of the drawn weight; the 2.5th and 97.5th percentiles
 * (nearest rank) of those shares are the 95% interval. A resample whose documents weigh nothing at all (only models of 0
 * downloads drawn) has no share and is left out of the percentiles. Seeded per group, so the same index gives the same
 * intervals on every run and whatever other groups are counted beside it.
 */
final class Bootstrap {
  /** The seed every group's generator is derived from; fixed so intervals are reproducible. */
  static final long SEED = 0x6672616D65L; // "frame"

  private Bootstrap() {}

  /**
   * @param weights per document naming a framework, its weight
   * @param given per document, what it gives each framework it names: its weight, or weight/n under a fractional method
   * @param masks per document, the framework ordinals it names as bits
   * @param frameworks how many framework ordinals there are (at most 64)
   * @param groupSeed a stable hash of the group's values
   * @return per framework ordinal, {low, high}
   */
  static double[][] intervals(double[] weights, double[] given, long[] masks, int frameworks, int resamples,
      long groupSeed) {
    int n = weights.length;
    if (n == 0 || resamples == 0) {
      return new double[frameworks][2];
    }
    double[][] draws = new double[frameworks][resamples];
    SplittableRandom random = new SplittableRandom(SEED ^ groupSeed);
    double[] sums = new double[frameworks];
    int valid = 0;
    for (int b = 0; b < resamples; b++) {
      Arrays.fill(sums, 0);
      double total = 0;
      for (int i = 0; i < n; i++) {
        int d = random.nextInt(n);
        total += weights[d];
        for (long m = masks[d]; m != 0; m &= m - 1) { // usually one framework: one step
          sums[Long.numberOfTrailingZeros(m)] += given[d];
        }
      }
      if (total == 0) {
        continue;
      }
      for (int f = 0; f < frameworks; f++) {
        draws[f][valid] = sums[f] / total;
      }
      valid++;
    }
    double[][] out = new double[frameworks][];
    for (int f = 0; f < frameworks; f++) {
      if (valid == 0) {
        out[f] = new double[2];
        continue;
      }
      double[] d = Arrays.copyOf(draws[f], valid);
      Arrays.sort(d);
      out[f] = new double[] {d[rank(0.025, valid)], d[rank(0.975, valid)]};
    }
    return out;
  }

  /** Nearest-rank percentile's index: ceil(p * n) - 1, at least 0. */
  static int rank(double p, int n) {
    return Math.max(0, (int) Math.ceil(p * n) - 1);
  }
}
