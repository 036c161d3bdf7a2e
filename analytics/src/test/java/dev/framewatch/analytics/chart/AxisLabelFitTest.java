package dev.framewatch.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.junit.jupiter.api.Test;

/** The rotated y-axis title must fit beside the plot: JFreeChart clips one that does not (the papers PNG lost its title). */
class AxisLabelFitTest {
  static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  static final Font LABEL = new Font(ChartDrawing.FONT_FAMILY, Font.PLAIN, 12);

  static double width(Font f, String text) {
    return f.getStringBounds(text, FRC).getWidth();
  }

  @Test
  void aLabelThatFitsKeepsItsSizeALongerOneShrinksUntilItFits() {
    int available = 360 - ChartDrawing.PLOT_MARGIN;
    assertEquals(12, ChartDrawing.fitted(LABEL, "% of papers naming a framework", available).getSize());
    String longer = "% of documents naming a framework (95% interval)"; // the y title the papers PNG cut off
    Font f = ChartDrawing.fitted(LABEL, longer, available);
    assertTrue(width(LABEL, longer) > available, "the test's label is too long at 12 pt");
    assertTrue(f.getSize() < 12 && width(f, longer) <= available, f.getSize() + " pt, " + width(f, longer) + " px");
  }

  @Test
  void theFontNeverGoesBelowEightPoints() {
    assertEquals(8, ChartDrawing.fitted(LABEL, "% of papers naming a framework", 10).getSize());
  }
}
