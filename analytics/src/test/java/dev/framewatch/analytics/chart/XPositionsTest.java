package dev.framewatch.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class XPositionsTest {
  private static double day(String d) {
    return LocalDate.parse(d).toEpochDay();
  }

  @Test
  void datesInEveryIndexSpellingGoOnATimeAxisAtTheirFirstDay() {
    XPositions days = XPositions.of(List.of("2020-01-01", "2020-01-31"));
    assertEquals(XPositions.Kind.DATE, days.kind());
    assertArrayEquals(new double[] {day("2020-01-01"), day("2020-01-31")}, days.x());
    assertArrayEquals(new double[] {day("2020-02-01"), day("2021-12-01")}, XPositions.of(List.of("2020-02", "2021-12")).x());
    assertArrayEquals(new double[] {day("2020-04-01"), day("2021-01-01")}, XPositions.of(List.of("2020-Q2", "2021-Q1")).x());
    assertArrayEquals(new double[] {day("2019-12-30"), day("2020-12-28")}, XPositions.of(List.of("2020-W01", "2020-W53")).x());
  }

  @Test
  void dayCountsAreNumbersAndYearsAndVenuesCategories() {
    XPositions aligned = XPositions.of(List.of("day 0", "day 7", "day 365"));
    assertEquals(XPositions.Kind.NUMBER, aligned.kind());
    assertArrayEquals(new double[] {0, 7, 365}, aligned.x());
    XPositions years = XPositions.of(List.of("2019", "2020", "2022"));
    assertEquals(XPositions.Kind.CATEGORY, years.kind());
    assertArrayEquals(new double[] {0, 1, 2}, years.x());
    assertEquals(XPositions.Kind.CATEGORY, XPositions.of(List.of("2020-01-01", "cvpr")).kind());
    assertEquals(XPositions.Kind.CATEGORY, XPositions.of(List.of("2020-W54")).kind(), "no such week");
  }
}
