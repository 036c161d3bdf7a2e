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
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Builds the JFreeChart of a {@link ChartSpec}. One chart object is drawn onto JFreeSVG's {@code SVGGraphics2D} for SVG and onto
 * a {@code BufferedImage} for PNG, so both formats come from the same drawing code. JFreeChart over hand-written SVG because it
 * already solves what hand-written code gets wrong first: tick choice on linear and log axes, label collisions, legends and
 * interval bands (its {@link DeviationRenderer}); JFreeSVG writes escaped, script-free SVG.
 */
final class ChartDrawing {
  /** The palette for series without a colour of their own (colour-blind friendly Okabe-Ito order). */
  private static final Color[] PALETTE = {
      new Color(0xE69F00), new Color(0x0072B2), new Color(0x009E73), new Color(0xD55E00), new Color(0xCC79A7),
      new Color(0x56B4E9), new Color(0xF0E442), new Color(0x999999)};

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

  static JFreeChart chart(ChartSpec spec) {
    Colors c = colors(spec.theme());
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    for (ChartSpec.Series s : spec.series()) {
      YIntervalSeries xy = new YIntervalSeries(s.name(), false, true);
      for (int i = 0; i < s.values().size(); i++) {
        Double v = s.values().get(i);
        if (v == null || v.isNaN() || (spec.logScale() && v <= 0)) {
          continue;
        }
        double lo = v;
        double hi = v;
        if (s.hasIntervals() && s.lower().get(i) != null && s.upper().get(i) != null) {
          lo = s.lower().get(i);
          hi = s.upper().get(i);
          if (spec.logScale() && lo <= 0) {
            lo = v; // a log axis cannot draw a band reaching zero; show the point without one
          }
        }
        xy.add(i, v, lo, hi);
      }
      data.addSeries(xy);
    }

    SymbolAxis x = new SymbolAxis(null, spec.xLabels().toArray(String[]::new));
    x.setGridBandsVisible(false);
    x.setAutoRange(false);
    x.setRange(-0.4, Math.max(0.4, spec.xLabels().size() - 0.6));
    if (spec.xLabels().size() > 12) {
      x.setVerticalTickLabels(true);
    }
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
    }

    DeviationRenderer renderer = new DeviationRenderer(true, true);
    renderer.setAlpha(0.18f);
    for (int i = 0; i < spec.series().size(); i++) {
      Paint p = color(spec.series().get(i), i);
      renderer.setSeriesPaint(i, p);
      renderer.setSeriesFillPaint(i, p);
      renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
    }

    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(c.background());
    plot.setDomainGridlinePaint(c.grid());
    plot.setRangeGridlinePaint(c.grid());
    plot.setOutlineVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

    JFreeChart chart = new JFreeChart(null, new Font(FONT_FAMILY, Font.BOLD, 15), plot, spec.legend());
    chart.setBackgroundPaint(c.background());
    chart.setPadding(new RectangleInsets(8, 8, 8, 12));
    if (!spec.title().isEmpty()) {
      TextTitle t = new TextTitle(spec.title(), new Font(FONT_FAMILY, Font.BOLD, 15));
      t.setPaint(c.text());
      chart.setTitle(t);
    }
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setBackgroundPaint(c.background());
      legend.setItemPaint(c.text());
      legend.setItemFont(label);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legend.setPosition(RectangleEdge.BOTTOM);
    }
    return chart;
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
        String text = t.getTickType() == org.jfree.chart.axis.TickType.MAJOR ? format.format(t.getValue()) : "";
        plain.add(new org.jfree.chart.axis.NumberTick(t.getTickType(), t.getValue(), text, t.getTextAnchor(),
            t.getRotationAnchor(), t.getAngle()));
      }
      return plain;
    }
  }

  static Color color(ChartSpec.Series s, int index) {
    return s.color() != null ? Color.decode(s.color()) : PALETTE[index % PALETTE.length];
  }

  /** A stable prefix for the SVG's element ids, derived from the spec, so the same chart always gives the same bytes. */
  static String idPrefix(ChartSpec spec) {
    return "fw" + Integer.toHexString(Arrays.hashCode(new Object[] {spec}));
  }
}
