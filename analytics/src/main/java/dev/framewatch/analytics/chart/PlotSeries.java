package dev.framewatch.analytics.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A spec's series as the points actually drawn: gaps and values a log axis cannot show left out, then each line (and its
 * interval band's edges) reduced by {@link Decimation} to the drawing's pixel resolution. Pixels are estimated from the whole
 * chart's size, which is larger than the plot area inside the axes, so the reduction errs on the side of keeping points.
 *
 * <p>Most charts end there, at half a pixel. Only when what remains would still exceed {@link #VERTEX_BUDGET} path vertices
 * (noise no reduction can drop: weekly shares split eight ways, each with its band) does the tolerance grow, step by step up
 * to {@link #MAX_TOLERANCE} pixels, so that an embed stays an embed; a line then moves by at most that.
 *
 * @param data what the renderer draws, one series per spec series, in order (a series with no drawable point is empty)
 * @param pointsDrawn per series, how many points survive the reduction
 * @param pointsGiven per series, how many drawable points it has (markers are drawn only where this is small: a marker on a
 *     reduced line would mark an arbitrary vertex)
 * @param tolerance the reduction's tolerance in pixels
 */
record PlotSeries(YIntervalSeriesCollection data, List<Integer> pointsDrawn, List<Integer> pointsGiven, double tolerance) {
  /** About 100 KB of SVG path at some 14 bytes a vertex, leaving room for text, grid and legend under 150 KB. */
  static final int VERTEX_BUDGET = 7000;
  static final double[] TOLERANCES = {Decimation.TOLERANCE, 0.75, 1, 1.5, 2};
  static final double MAX_TOLERANCE = TOLERANCES[TOLERANCES.length - 1];

  static PlotSeries of(ChartSpec spec, XPositions xs) {
    PlotSeries p = null;
    for (double t : TOLERANCES) {
      p = of(spec, xs, t);
      if (p.vertices(spec) <= VERTEX_BUDGET) {
        break;
      }
    }
    return p;
  }

  /** Path vertices drawn: one per point of a line, two more per point of a band (its upper and lower edge). */
  int vertices(ChartSpec spec) {
    int n = 0;
    for (int i = 0; i < pointsDrawn.size(); i++) {
      n += pointsDrawn.get(i) * (spec.series().get(i).hasIntervals() ? 3 : 1);
    }
    return n;
  }

  static PlotSeries of(ChartSpec spec, XPositions xs, double tolerance) {
    double[] xRange = range(xs.x(), 0, xs.x().length);
    double[] yRange = yRange(spec);
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    List<Integer> drawn = new ArrayList<>();
    List<Integer> given = new ArrayList<>();
    for (ChartSpec.Series s : spec.series()) {
      List<Integer> present = new ArrayList<>();
      for (int i = 0; i < s.values().size(); i++) {
        Double v = s.values().get(i);
        if (v != null && !v.isNaN() && !(spec.logScale() && v <= 0)) {
          present.add(i);
        }
      }
      int n = present.size();
      double[] px = new double[n];
      double[] value = new double[n];
      double[] low = new double[n];
      double[] high = new double[n];
      for (int k = 0; k < n; k++) {
        int i = present.get(k);
        double v = s.values().get(i);
        double lo = v;
        double hi = v;
        if (s.hasIntervals() && s.lower().get(i) != null && s.upper().get(i) != null) {
          lo = s.lower().get(i);
          hi = s.upper().get(i);
          if (spec.logScale() && lo <= 0) {
            lo = v; // a log axis cannot draw a band reaching zero; show the point without one
          }
        }
        px[k] = scale(xs.x()[i], xRange, spec.width());
        value[k] = v;
        low[k] = lo;
        high[k] = hi;
      }
      TreeSet<Integer> keep = new TreeSet<>();
      for (double[] line : s.hasIntervals() ? List.of(value, low, high) : List.of(value)) {
        double[] py = new double[n];
        for (int k = 0; k < n; k++) {
          py[k] = scale(spec.logScale() ? Math.log10(line[k]) : line[k], yRange, spec.height());
        }
        for (int k : Decimation.reduce(px, py, tolerance)) {
          keep.add(k);
        }
      }
      YIntervalSeries xy = new YIntervalSeries(s.name(), false, true);
      for (int k : keep) {
        xy.add(xs.x()[present.get(k)], value[k], low[k], high[k]);
      }
      data.addSeries(xy);
      drawn.add(keep.size());
      given.add(n);
    }
    return new PlotSeries(data, drawn, given, tolerance);
  }

  /** The value range over every drawable value and bound, in axis units (log10 on a log axis). */
  private static double[] yRange(ChartSpec spec) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (ChartSpec.Series s : spec.series()) {
      List<List<Double>> lines = s.hasIntervals() ? List.of(s.values(), s.lower(), s.upper()) : List.of(s.values());
      for (List<Double> line : lines) {
        for (Double v : line) {
          if (v != null && !v.isNaN() && !(spec.logScale() && v <= 0)) {
            double a = spec.logScale() ? Math.log10(v) : v;
            lo = Math.min(lo, a);
            hi = Math.max(hi, a);
          }
        }
      }
    }
    return new double[] {lo, hi};
  }

  private static double[] range(double[] v, int from, int to) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      lo = Math.min(lo, v[i]);
      hi = Math.max(hi, v[i]);
    }
    return new double[] {lo, hi};
  }

  /** {@code v} in pixels of a {@code pixels}-long axis spanning {@code range} (0 when the range is a single value). */
  private static double scale(double v, double[] range, int pixels) {
    double span = range[1] - range[0];
    return span > 0 && Double.isFinite(span) ? (v - range[0]) / span * pixels : 0;
  }
}
