package dev.framewatch.analytics.chart;

import java.awt.Rectangle;
import org.jfree.svg.SVGGraphics2D;

/**
 * A {@link ChartSpec} as a self-contained SVG document: no scripts, no external references, every text escaped (JFreeSVG writes
 * text through its XML escaping), fonts named rather than embedded. The weekly report inlines these; the dashboard serves them at
 * {@code /chart/<view>.svg}.
 */
public final class SvgChart {
  private SvgChart() {}

  /** The complete SVG document, starting with the XML declaration. */
  public static String render(ChartSpec spec) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(spec) + "\n";
  }

  /** Just the {@code <svg>} element, for inlining into HTML. */
  public static String element(ChartSpec spec) {
    SVGGraphics2D g = new SVGGraphics2D(spec.width(), spec.height());
    g.setDefsKeyPrefix(ChartDrawing.idPrefix(spec));
    PlotSeries points = PlotSeries.of(spec, XPositions.of(spec.xLabels()));
    // Coordinates to a tenth of a pixel: finer is invisible, and the default (every digit of a double) is most of the bytes.
    // A chart that needed more than the sub-pixel tolerance to fit its budget gets whole pixels too (a third fewer bytes
    // per vertex), since its lines already move by more than the rounding.
    java.util.function.DoubleFunction<String> numbers = points.tolerance() > Decimation.TOLERANCE ? SvgChart::whole
        : SvgChart::tenth;
    g.setGeomDoubleConverter(numbers);
    g.setTransformDoubleConverter(SvgChart::tenth);
    ChartDrawing.chart(spec, points).draw(g, new Rectangle(spec.width(), spec.height()));
    return g.getSVGElement();
  }

  /** {@code 12}: whole pixels. */
  static String whole(double v) {
    return Long.toString(Math.round(v));
  }

  /** {@code 12.3}, {@code 12}, {@code -0.5}: one decimal at most, locale-free. */
  static String tenth(double v) {
    long t = Math.round(v * 10);
    if (t % 10 == 0) {
      return Long.toString(t / 10);
    }
    return (t < 0 ? "-" : "") + Math.abs(t) / 10 + "." + Math.abs(t) % 10;
  }
}
