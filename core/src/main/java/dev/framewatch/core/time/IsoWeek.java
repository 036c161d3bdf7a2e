package dev.framewatch.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week, {@code 2026-W47}: the one place that does week arithmetic (the index's {@code week} field and the weekly
 * reports both come from here, so they name a date's week alike). The year is the week-based year: 2021-01-03, a Sunday, is
 * in {@code 2020-W53}; a calendar-year label would put it in a "2021-W53" that does not exist.
 *
 * @param year the week-based year
 * @param week 1 to 52, or 53 in years that have one
 */
public record IsoWeek(int year, int week) {
  private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

  public IsoWeek {
    int weeks = weeksIn(year);
    if (week < 1 || week > weeks) {
      throw new IllegalArgumentException(year + " has weeks 1 to " + weeks);
    }
  }

  /** The week a day falls in. */
  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * {@code YYYY-Www}.
   *
   * @throws IllegalArgumentException naming what is wrong ("expected an ISO week such as 2026-W47", "2025 has weeks 1 to 52")
   */
  public static IsoWeek parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected an ISO week such as 2026-W47");
    }
    return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** Whether {@code text} names a week that exists ({@code 2026-W53} does, {@code 2025-W53} does not). */
  public static boolean isWeek(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text);
    return m.matches() && Integer.parseInt(m.group(2)) >= 1
        && Integer.parseInt(m.group(2)) <= weeksIn(Integer.parseInt(m.group(1)));
  }

  /** 52 or 53: a year has 53 weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
  public static int weeksIn(int year) {
    return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }

  /** The week's Monday, its first day. */
  public LocalDate monday() {
    // January 4th is always in week 1.
    return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public IsoWeek previous() {
    return of(monday().minusWeeks(1));
  }

  /** {@code 2026-W05}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-W%02d", year, week);
  }
}
