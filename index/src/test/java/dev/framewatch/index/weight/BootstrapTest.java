package dev.framewatch.index.weight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The percentile bootstrap on a known group: ten models weighing 1 to 10, PyTorch the five lightest, TensorFlow the rest. */
class BootstrapTest {
  private static final double[] WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  private static final long[] MASKS = {1, 1, 1, 1, 1, 2, 2, 2, 2, 2};

  @Test
  void pinnedIntervalsAroundTheWeightedShare() {
    double[][] ci = Bootstrap.intervals(WEIGHTS, WEIGHTS, MASKS, 2, 1000, 42);
    // PyTorch weighs 15 of 55 (0.2727), TensorFlow 40 of 55.
    assertArrayEquals(new double[] {PT_LOW, PT_HIGH}, ci[0], 1e-12);
    // Each resample's shares add up to 1: TensorFlow's ends are 1 minus PyTorch's (ranks 24 and 974 of 0..999, not mirrored).
    assertTrue(ci[1][0] >= 1 - PT_HIGH - 0.05 && ci[1][1] <= 1 - PT_LOW + 1e-12, ci[1][0] + " " + ci[1][1]);
    assertTrue(ci[0][0] < 15.0 / 55 && 15.0 / 55 < ci[0][1]);
    // Same seed, same interval; another group's seed, another draw.
    assertArrayEquals(ci[0], Bootstrap.intervals(WEIGHTS, WEIGHTS, MASKS, 2, 1000, 42)[0], 0);
    assertTrue(ci[0][0] != Bootstrap.intervals(WEIGHTS, WEIGHTS, MASKS, 2, 1000, 43)[0][0]
        || ci[0][1] != Bootstrap.intervals(WEIGHTS, WEIGHTS, MASKS, 2, 1000, 43)[0][1]);
  }

  static final double PT_LOW = 0.0625; // the 25th
  static final double PT_HIGH = 25.0 / 43; // 0.5814: the 975th of the 1,000 sorted resampled shares
}
