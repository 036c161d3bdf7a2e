package dev.framewatch.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlotSeriesTest {
  private static ChartSpec spec(List<ChartSpec.Series> series, int days, boolean log) {
    List<String> x = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      x.add(LocalDate.of(2020, 1, 1).plusDays(d).toString());
    }
    return new ChartSpec("t", "y", x, series, log, true, ChartSpec.Theme.LIGHT, 760, 360);
  }

  @Test
  void aStraightDailyLineIsItsEndsAndAStepItsCorners() {
    List<Double> straight = new ArrayList<>();
    List<Double> step = new ArrayList<>();
    for (int d = 0; d < 1000; d++) {
      straight.add(10.0 + d);
      step.add(d < 500 ? 0.0 : 100.0);
    }
    ChartSpec s = spec(List.of(ChartSpec.Series.of("straight", straight), ChartSpec.Series.of("step", step)), 1000, false);
    PlotSeries p = PlotSeries.of(s, XPositions.of(s.xLabels()));
    assertEquals(List.of(2, 4), p.pointsDrawn());
    assertEquals(List.of(1000, 1000), p.pointsGiven());
    assertEquals(Decimation.TOLERANCE, p.tolerance());
    assertEquals(LocalDate.of(2020, 1, 1).toEpochDay(), p.data().getXValue(0, 0));
    assertEquals(LocalDate.of(2021, 5, 14).toEpochDay(), p.data().getXValue(1, 1), "the last day before the step (day 499)");
  }

  @Test
  void gapsAndValuesALogAxisCannotShowAreLeftOut() {
    ChartSpec s = spec(List.of(ChartSpec.Series.of("s", Arrays.asList(5.0, null, 0.0, 7.0))), 4, true);
    PlotSeries p = PlotSeries.of(s, XPositions.of(s.xLabels()));
    assertEquals(List.of(2), p.pointsGiven());
    assertEquals(7.0, p.data().getYValue(0, 1));
  }

  @Test
  void markersOnlyWhereALineHasFewPoints() {
    assertTrue(ChartDrawing.markers(10, 760));
    assertTrue(ChartDrawing.markers(60, 760));
    assertFalse(ChartDrawing.markers(61, 2400), "more than 60 points");
    assertFalse(ChartDrawing.markers(40, 400), "closer than 12 px");
  }

  @Test
  void svgNumbersToATenthOfAPixel() {
    assertEquals("12.3", SvgChart.tenth(12.34));
    assertEquals("12", SvgChart.tenth(11.999));
    assertEquals("-0.2", SvgChart.tenth(-0.24));
    assertEquals("0", SvgChart.tenth(-0.04));
    assertEquals("1235", SvgChart.whole(1234.5));
  }
}
