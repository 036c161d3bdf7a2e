package dev.framewatch.analytics.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Builds the JFreeChart of a {@link ChartSpec}. One chart object is drawn onto JFreeSVG's {@code SVGGraphics2D} for SVG and onto
 * a {@code BufferedImage} for PNG, so both formats come from the same drawing code. JFreeChart over hand-written SVG because it
 * already solves what hand-written code gets wrong first: tick choice on linear and log axes, label collisions, legends and
 * interval bands (its {@link DeviationRenderer}); JFreeSVG writes escaped, script-free SVG.
 */
final class ChartDrawing {
  /** DejaVu Sans when installed (Debian's fonts-dejavu-core), else Java's logical sans-serif; fixed so output is stable. */
  static final String FONT_FAMILY = pickFont();

  private ChartDrawing() {}

  static {
    System.setProperty("java.awt.headless", "true");
    // Rotated labels (the value axis title) as SVG text, not as glyph outlines: smaller files, searchable, selectable.
    org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private static String pickFont() {
    System.setProperty("java.awt.headless", "true");
    Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    return installed.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
  }

  record Colors(Color background, Color text, Color grid, Color axis) {}

  static Colors colors(ChartSpec.Theme theme) {
    return theme == ChartSpec.Theme.DARK
        ? new Colors(new Color(0x1e1e1e), new Color(0xe6e6e6), new Color(0x444444), new Color(0xaaaaaa))
        : new Colors(Color.WHITE, new Color(0x222222), new Color(0xdddddd), new Color(0x666666));
  }

  /** Lines this thin keep twenty crossing star curves readable; the first eight series get a little more weight. */
  static final float STROKE = 1.5f;
  static final float THIN_STROKE = 1.25f;

  /** Height taken from a chart by its title, legend and x axis: what is left is where the rotated y label must fit. */
  static final int PLOT_MARGIN = 110;

  /**
   * The label font, smaller (down to 8 pt) when the rotated label would be longer than the plot is high: JFreeChart clips an
   * axis label that does not fit, which cut the y-axis title off in small PNGs.
   */
  static Font fitted(Font font, String text, int available) {
    java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
    Font f = font;
    while (f.getSize() > 8 && f.getStringBounds(text, frc).getWidth() > available) {
      f = f.deriveFont((float) (f.getSize() - 1));
    }
    return f;
  }

  static JFreeChart chart(ChartSpec spec) {
    return chart(spec, PlotSeries.of(spec, XPositions.of(spec.xLabels())));
  }

  /** The chart of {@code spec} drawing {@code points} (its series as reduced by {@link PlotSeries#of}). */
  static JFreeChart chart(ChartSpec spec, PlotSeries points) {
    Colors c = colors(spec.theme());
    XPositions xs = XPositions.of(spec.xLabels());

    ValueAxis x = xAxis(spec, xs);
    ValueAxis y;
    if (spec.logScale()) {
      LogAxis log = new PlainLogAxis(spec.yLabel());
      log.setSmallestValue(1e-3);
      log.setBase(10);
      log.setStandardTickUnits(NumberAxis.createStandardTickUnits());
      y = log;
    } else {
      NumberAxis lin = new NumberAxis(spec.yLabel());
      lin.setAutoRangeIncludesZero(true);
      y = lin;
    }
    Font tick = new Font(FONT_FAMILY, Font.PLAIN, 11);
    Font label = new Font(FONT_FAMILY, Font.PLAIN, 12);
    for (ValueAxis a : List.of(x, y)) {
      a.setTickLabelFont(tick);
      a.setLabelFont(label);
      a.setTickLabelPaint(c.text());
      a.setLabelPaint(c.text());
      a.setAxisLinePaint(c.axis());
      a.setTickMarkPaint(c.axis());
      a.setTickMarksVisible(false); // the grid lines already mark each tick; tick marks doubled the SVG's lines
    }
    y.setLabelFont(fitted(label, spec.yLabel(), spec.height() - PLOT_MARGIN));

    java.util.BitSet banded = new java.util.BitSet();
    for (int i = 0; i < spec.series().size(); i++) {
      banded.set(i, spec.series().get(i).hasIntervals());
    }
    DeviationRenderer renderer = new BandRenderer(banded);
    renderer.setAlpha(0.1875f); // 3/16: exact in binary, so the SVG says 0.1875 rather than 0.18000000715255737
    renderer.setDrawOutlines(false); // a marker is one filled shape; its outline was a second path per point
    float width = spec.series().size() > Palette.COLOURS.size() ? THIN_STROKE : STROKE;
    int marked = 0;
    for (int i = 0; i < spec.series().size(); i++) {
      marked += markers(points.pointsGiven().get(i), spec.width()) ? points.pointsGiven().get(i) : 0;
    }
    for (int i = 0; i < spec.series().size(); i++) {
      Paint p = color(spec.series().get(i), i);
      renderer.setSeriesPaint(i, p);
      renderer.setSeriesFillPaint(i, p);
      float[] dash = Palette.dash(i);
      renderer.setSeriesStroke(i, dash.length == 0
          ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
          : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
      renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
      int given = points.pointsGiven().get(i);
      // Past MAX_MARKERS_PER_CHART markers in all, only lines too short to be seen as lines keep theirs.
      renderer.setSeriesShapesVisible(i, given <= 2 || markers(given, spec.width()) && marked <= MAX_MARKERS_PER_CHART);
    }

    XYPlot plot = new XYPlot(points.data(), x, y, renderer);
    plot.setBackgroundPaint(spec.transparent() ? null : c.background());
    plot.setDomainGridlinePaint(c.grid());
    plot.setRangeGridlinePaint(c.grid());
    plot.setOutlineVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

    JFreeChart chart = new JFreeChart(null, new Font(FONT_FAMILY, Font.BOLD, 15), plot, spec.legend());
    chart.setBackgroundPaint(spec.transparent() ? null : c.background());
    chart.setPadding(new RectangleInsets(8, 8, 8, 12));
    if (!spec.title().isEmpty()) {
      TextTitle t = new TextTitle(spec.title(), new Font(FONT_FAMILY, Font.BOLD, 15));
      t.setPaint(c.text());
      chart.setTitle(t);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setBackgroundPaint(spec.transparent() ? null : c.background());
      legend.setItemPaint(c.text());
      legend.setItemFont(label);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
    }
    return chart;
  }

  /**
   * Markers only where a line has few points: one per point on a yearly line says where the data are; on a daily line they
   * would be a smear (and, in SVG, one element each: the 3.8 MB star chart).
   */
  static boolean markers(int points, int width) {
    return points <= MAX_MARKERS && points * MIN_MARKER_SPACING <= width;
  }

  static final int MAX_MARKERS = 60;
  static final int MAX_MARKERS_PER_CHART = 200;
  static final int MIN_MARKER_SPACING = 12;

  /** Dates on a time axis with round ticks, day counts on a number axis, anything else as labelled categories. */
  private static ValueAxis xAxis(ChartSpec spec, XPositions xs) {
    double[] v = xs.x();
    double lo = Arrays.stream(v).min().orElse(0);
    double hi = Arrays.stream(v).max().orElse(1);
    double pad = Math.max(0.4, (hi - lo) * 0.01);
    switch (xs.kind()) {
      case DATE -> {
        RoundDateAxis axis = new RoundDateAxis();
        double days = hi > lo ? Math.max(1, (hi - lo) * 0.01) : 15; // one day alone still gets a month around it
        axis.setRange(lo - days, hi + days);
        return axis;
      }
      case NUMBER -> {
        // "day 12" labels are days since each series' start (the star chart aligned at each repository's first star).
        boolean days = !spec.xLabels().isEmpty() && spec.xLabels().get(0).startsWith("day ");
        NumberAxis axis = new NumberAxis(days ? "days since each series' start" : null);
        axis.setAutoRangeIncludesZero(false);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setRange(lo - pad, hi + pad);
        return axis;
      }
      default -> {
        SymbolAxis axis = new SymbolAxis(null, spec.xLabels().toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setAutoRange(false);
        axis.setRange(-0.4, Math.max(0.4, spec.xLabels().size() - 0.6));
        if (spec.xLabels().size() > 12) {
          axis.setVerticalTickLabels(true);
        }
        return axis;
      }
    }
  }

  /**
   * A log axis labelled with plain numbers ("1,000" rather than 10 with a superscript 3). JFreeChart draws its log labels as
   * attributed strings, which reach SVG as glyph outlines (five times the bytes, not selectable); plain ticks become SVG text.
   */
  private static final class PlainLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private final java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.###",
        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));

    PlainLogAxis(String label) {
      super(label);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state,
        java.awt.geom.Rectangle2D dataArea, RectangleEdge edge) {
      List<org.jfree.chart.axis.ValueTick> plain = new java.util.ArrayList<>();
      for (Object o : super.refreshTicks(g2, state, dataArea, edge)) {
        org.jfree.chart.axis.ValueTick t = (org.jfree.chart.axis.ValueTick) o;
        boolean major = t.getTickType() == org.jfree.chart.axis.TickType.MAJOR;
        String text = major && round(t.getValue()) ? format.format(t.getValue()) : "";
        plain.add(new org.jfree.chart.axis.NumberTick(t.getTickType(), t.getValue(), text, t.getTextAnchor(),
            t.getRotationAnchor(), t.getAngle()));
      }
      return plain;
    }

    /** 1, 2 or 5 times a power of ten: "316.228" (half a decade) is where a tick may go, not a label anyone can read. */
    static boolean round(double v) {
      if (v <= 0) {
        return false;
      }
      double mantissa = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
      for (double m : new double[] {1, 2, 5, 10}) {
        if (Math.abs(mantissa - m) < 1e-6 * m) {
          return true;
        }
      }
      return false;
    }
  }

  static Color color(ChartSpec.Series s, int index) {
    return Color.decode(s.color() != null ? s.color() : Palette.colour(index));
  }

  /** A stable prefix for the SVG's element ids, derived from the spec, so the same chart always gives the same bytes. */
  static String idPrefix(ChartSpec spec) {
    return "fw" + Integer.toHexString(Arrays.hashCode(new Object[] {spec}));
  }
}
