package dev.framewatch.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTicksTest {
  private static List<String> labels(String first, String last, int max) {
    return DateTicks.between(LocalDate.parse(first), LocalDate.parse(last), max).stream()
        .map(t -> t.day() + "=" + t.label()).toList();
  }

  @Test
  void tenYearsOfDailyStarsAreLabelledByYear() {
    assertEquals(List.of("2017-01-01=2017", "2018-01-01=2018", "2019-01-01=2019", "2020-01-01=2020", "2021-01-01=2021",
        "2022-01-01=2022", "2023-01-01=2023", "2024-01-01=2024", "2025-01-01=2025", "2026-01-01=2026"),
        labels("2016-07-18", "2026-10-31", 10));
    assertEquals(List.of("2018-01-01=2018", "2020-01-01=2020", "2022-01-01=2022", "2024-01-01=2024", "2026-01-01=2026"),
        labels("2016-07-18", "2026-10-31", 6), "less room: every other year, on even years");
  }

  @Test
  void aYearIsLabelledByMonthStartsAndJanuaryByItsYear() {
    assertEquals(List.of("2020-03-01=Mar 2020", "2020-05-01=May 2020", "2020-07-01=Jul 2020", "2020-09-01=Sep 2020",
        "2020-11-01=Nov 2020"), labels("2020-01-15", "2020-12-20", 6));
    assertEquals(List.of("2019-10-01=Oct 2019", "2019-11-01=Nov 2019", "2019-12-01=Dec 2019", "2020-01-01=2020",
        "2020-02-01=Feb 2020", "2020-03-01=Mar 2020"), labels("2019-10-01", "2020-03-31", 12));
    assertEquals(List.of("2019-10-01=Oct 2019", "2020-01-01=2020"), labels("2019-10-01", "2020-03-31", 2),
        "quarters start in January, April, July and October");
  }

  @Test
  void daysAndWeeksForShortSpans() {
    assertEquals(List.of("2020-01-01=2020-01-01", "2020-01-02=2020-01-02", "2020-01-03=2020-01-03"),
        labels("2020-01-01", "2020-01-03", 5));
    assertEquals(List.of("2020-01-06=2020-01-06", "2020-01-13=2020-01-13", "2020-01-20=2020-01-20",
        "2020-01-27=2020-01-27"), labels("2020-01-01", "2020-01-31", 5), "weekly, on Mondays");
  }
}
