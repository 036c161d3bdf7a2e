package dev.framewatch.analytics.chart;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Reduces a polyline to the points a drawing of it can show, without moving the line visibly. Coordinates are in pixels of
 * the drawing (x ascending). Two steps:
 * <ol>
 *   <li>{@link #perPixelColumn}: in each pixel column keep the first, last, lowest and highest point (the "M4" reduction):
 *       a rasterised line through only those four draws the same pixels as through all of them, and it bounds the points to
 *       four per column however dense the data (ten years of daily stars: 3,650 points for some 700 columns).
 *   <li>{@link #douglasPeucker}: drop every point that lies within {@code tolerance} pixels of the simplified line (a
 *       sub-pixel tolerance, so no point of the drawn line moves by more than that). Smooth stretches (a star count rising
 *       steadily) shrink to a few points.
 * </ol>
 * The first and last point are always kept, so a series never disappears or shortens.
 */
public final class Decimation {
  /** Half a pixel: below what a viewer can see, even on a 2x screen it is one device pixel. */
  public static final double TOLERANCE = 0.5;

  private Decimation() {}

  /** Both steps: the indices of the points to draw, ascending. */
  public static int[] reduce(double[] x, double[] y, double tolerance) {
    return douglasPeucker(x, y, perPixelColumn(x, y), tolerance);
  }

  /** Per pixel column (floor of x): the first, last, lowest and highest point's index, ascending and distinct. */
  public static int[] perPixelColumn(double[] x, double[] y) {
    check(x, y);
    int[] keep = new int[x.length];
    int n = 0;
    int i = 0;
    while (i < x.length) {
      long column = (long) Math.floor(x[i]);
      int first = i;
      int lowest = i;
      int highest = i;
      int j = i;
      while (j < x.length && (long) Math.floor(x[j]) == column) {
        if (y[j] < y[lowest]) {
          lowest = j;
        }
        if (y[j] > y[highest]) {
          highest = j;
        }
        j++;
      }
      int last = j - 1;
      int[] four = {first, lowest, highest, last};
      Arrays.sort(four);
      for (int k = 0; k < 4; k++) {
        if (k == 0 || four[k] != four[k - 1]) {
          keep[n++] = four[k];
        }
      }
      i = j;
    }
    return Arrays.copyOf(keep, n);
  }

  /**
   * Douglas-Peucker over the points {@code candidates} (indices into x and y, ascending): the indices kept, ascending. A point
   * is kept when it lies farther than {@code tolerance} from the segment joining the points kept around it.
   */
  public static int[] douglasPeucker(double[] x, double[] y, int[] candidates, double tolerance) {
    check(x, y);
    if (candidates.length <= 2) {
      return candidates.clone();
    }
    boolean[] kept = new boolean[candidates.length];
    kept[0] = true;
    kept[candidates.length - 1] = true;
    Deque<int[]> todo = new ArrayDeque<>(); // iterative, not recursive: 10,000 collinear points would overflow the stack
    todo.push(new int[] {0, candidates.length - 1});
    while (!todo.isEmpty()) {
      int[] span = todo.pop();
      int a = candidates[span[0]];
      int b = candidates[span[1]];
      double farthest = -1;
      int at = -1;
      for (int k = span[0] + 1; k < span[1]; k++) {
        double d = distanceToSegment(x[candidates[k]], y[candidates[k]], x[a], y[a], x[b], y[b]);
        if (d > farthest) {
          farthest = d;
          at = k;
        }
      }
      if (at >= 0 && farthest > tolerance) {
        kept[at] = true;
        todo.push(new int[] {span[0], at});
        todo.push(new int[] {at, span[1]});
      }
    }
    int n = 0;
    int[] out = new int[candidates.length];
    for (int k = 0; k < candidates.length; k++) {
      if (kept[k]) {
        out[n++] = candidates[k];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** The distance from (px, py) to the segment (ax, ay)-(bx, by). */
  static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double length2 = dx * dx + dy * dy;
    double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  }

  private static void check(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x has " + x.length + " points, y " + y.length);
    }
    for (int i = 1; i < x.length; i++) {
      if (x[i] < x[i - 1]) {
        throw new IllegalArgumentException("x must be ascending; x[" + i + "] = " + x[i] + " < " + x[i - 1]);
      }
    }
  }
}
