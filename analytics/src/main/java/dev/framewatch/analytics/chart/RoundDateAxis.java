package dev.framewatch.analytics.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A time x axis over epoch days whose ticks are {@link DateTicks}: month starts or years, as many as fit about one per
 * {@link DateTicks#PIXELS_PER_TICK} pixels. JFreeChart's own DateAxis would do for milliseconds; the data here are days, and its tick
 * choice starts from the range's first value, which is how "2016-07-18" got on the axis.
 */
final class RoundDateAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  RoundDateAxis() {
    super(null);
    setAutoRangeIncludesZero(false);
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    LocalDate first = LocalDate.ofEpochDay((long) Math.ceil(getLowerBound()));
    LocalDate last = LocalDate.ofEpochDay((long) Math.floor(getUpperBound()));
    List ticks = new ArrayList();
    if (last.isBefore(first)) {
      return ticks;
    }
    int max = (int) Math.max(1, dataArea.getWidth() / DateTicks.PIXELS_PER_TICK);
    for (DateTicks.Tick t : DateTicks.between(first, last, max)) {
      ticks.add(new NumberTick(TickType.MAJOR, t.day().toEpochDay(), t.label(), TextAnchor.TOP_CENTER,
          TextAnchor.CENTER, 0.0));
    }
    return ticks;
  }
}
