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
    ChartDrawing.chart(spec).draw(g, new Rectangle(spec.width(), spec.height()));
    return g.getSVGElement();
  }
}
