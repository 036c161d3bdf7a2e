package dev.framewatch.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecimationTest {
  @Test
  void perPixelColumnKeepsFirstLowestHighestAndLast() {
    double[] x = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 1.0, 1.5, 1.9};
    double[] y = {5, 1, 9, 4, 2, 6, 3, 3, 3};
    // Column 0: first 0, lowest 1, highest 2, last 5 (3 and 4 are inside the column's span). Column 1: flat, first and last.
    assertArrayEquals(new int[] {0, 1, 2, 5, 6, 8}, Decimation.perPixelColumn(x, y));
    assertArrayEquals(new int[] {0}, Decimation.perPixelColumn(new double[] {3.7}, new double[] {1}));
    assertArrayEquals(new int[0], Decimation.perPixelColumn(new double[0], new double[0]));
  }

  @Test
  void douglasPeuckerDropsPointsWithinTheTolerance() {
    double[] x = {0, 1, 2, 3, 4};
    double[] y = {0, 0, 3, 0, 0};
    int[] all = {0, 1, 2, 3, 4};
    // The shoulders (1,0) and (3,0) lie 3/sqrt(13) = 0.832 px from the peak's flanks: kept at 0.5 px, dropped at 1 px.
    assertArrayEquals(all, Decimation.douglasPeucker(x, y, all, 0.5));
    assertArrayEquals(new int[] {0, 2, 4}, Decimation.douglasPeucker(x, y, all, 1.0));
    assertArrayEquals(new int[] {0, 3}, Decimation.douglasPeucker(new double[] {0, 1, 2, 3}, new double[] {0, 1, 2, 3},
        new int[] {0, 1, 2, 3}, 0.5), "collinear points: the ends");
    assertEquals(2.0, Decimation.distanceToSegment(5, 0, 0, 0, 3, 0), 1e-12, "beyond the end: distance to the end point");
    assertEquals(0.8320502943, Decimation.distanceToSegment(1, 0, 0, 0, 2, 3), 1e-9);
  }

  @Test
  void aStepKeepsItsCornersAndAFlatNoisyLineItsEnds() {
    double[] x = new double[1000];
    double[] y = new double[1000];
    for (int i = 0; i < 1000; i++) {
      x[i] = i;
      y[i] = i < 500 ? 0 : 100;
    }
    assertArrayEquals(new int[] {0, 499, 500, 999}, Decimation.reduce(x, y, Decimation.TOLERANCE));

    // Ten thousand points over 700 pixels wobbling by 0.2 px: nothing a viewer could see, so the two ends.
    double[] nx = new double[10_000];
    double[] ny = new double[10_000];
    for (int i = 0; i < nx.length; i++) {
      nx[i] = i * 0.07;
      ny[i] = 100 + 0.2 * Math.sin(i);
    }
    assertArrayEquals(new int[] {0, 9999}, Decimation.reduce(nx, ny, Decimation.TOLERANCE));
  }

  @Test
  void noKeptLineMovesByMoreThanTheTolerance() {
    java.util.Random rnd = new java.util.Random(7);
    int n = 3650;
    double[] x = new double[n];
    double[] y = new double[n];
    double level = 0;
    for (int i = 0; i < n; i++) {
      x[i] = i * 700.0 / n;
      level += rnd.nextDouble() * (i % 365 < 30 ? 3 : 0.2); // a star count: launches, then slow growth
      y[i] = level;
    }
    int[] kept = Decimation.douglasPeucker(x, y, allOf(n), Decimation.TOLERANCE);
    assertEquals(0, kept[0]);
    assertEquals(n - 1, kept[kept.length - 1]);
    assertTrue(kept.length < n / 5, "a smooth rise shrinks: " + kept.length);
    for (int k = 0, i = 0; i < n; i++) {
      while (kept[k + 1] < i) {
        k++;
      }
      int a = kept[k];
      int b = kept[Math.min(k + 1, kept.length - 1)];
      assertTrue(Decimation.distanceToSegment(x[i], y[i], x[a], y[a], x[b], y[b]) <= Decimation.TOLERANCE + 1e-9,
          "point " + i + " is within half a pixel of the drawn line");
    }
  }

  @Test
  void xMustAscend() {
    assertEquals("x must be ascending; x[1] = 1.0 < 2.0", assertThrows(IllegalArgumentException.class,
        () -> Decimation.perPixelColumn(new double[] {2, 1}, new double[] {0, 0})).getMessage());
  }

  private static int[] allOf(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }
}
