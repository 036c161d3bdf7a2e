package dev.framewatch.analytics.chart;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick marks at round dates for a time axis: the first step from days over month starts to years that fits the axis's space,
 * ticks on the 1st of January, quarters starting in January, April, July, October, and so on, never at "2016-07-18" because
 * that is where the data happened to start.
 */
public final class DateTicks {
  /** Room for a label such as "Sep 2021" with space around it at 11 px: the axis gets one tick per this many pixels. */
  public static final int PIXELS_PER_TICK = 80;

  /** One tick: its day and its label ({@code 2020}, {@code Apr 2020}, {@code 2020-04-15}). */
  public record Tick(LocalDate day, String label) {}

  /** A step: a number of days, months or years. */
  private record Step(int days, int months, int years) {}

  private static final List<Step> STEPS = List.of(new Step(1, 0, 0), new Step(2, 0, 0), new Step(7, 0, 0),
      new Step(14, 0, 0), new Step(0, 1, 0), new Step(0, 2, 0), new Step(0, 3, 0), new Step(0, 6, 0), new Step(0, 0, 1),
      new Step(0, 0, 2), new Step(0, 0, 5), new Step(0, 0, 10), new Step(0, 0, 20), new Step(0, 0, 50),
      new Step(0, 0, 100));

  private DateTicks() {}

  /** The ticks between {@code first} and {@code last} (both included), at most {@code maxTicks} of them (at least 1). */
  public static List<Tick> between(LocalDate first, LocalDate last, int maxTicks) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last " + last + " is before first " + first);
    }
    int max = Math.max(1, maxTicks);
    for (Step s : STEPS) {
      List<Tick> ticks = ticks(first, last, s, max + 1);
      if (ticks.size() <= max && (!ticks.isEmpty() || s == STEPS.get(STEPS.size() - 1))) {
        return ticks;
      }
    }
    return List.of();
  }

  /** Ticks of one step, stopping once there are more than {@code limit}. */
  private static List<Tick> ticks(LocalDate first, LocalDate last, Step s, int limit) {
    List<Tick> out = new ArrayList<>();
    LocalDate d = start(first, s);
    while (!d.isAfter(last) && out.size() <= limit) {
      out.add(new Tick(d, label(d, s)));
      d = s.days() > 0 ? d.plusDays(s.days()) : s.months() > 0 ? d.plusMonths(s.months()) : d.plusYears(s.years());
    }
    return out;
  }

  /** The first round date of the step on or after {@code first}. */
  private static LocalDate start(LocalDate first, Step s) {
    if (s.days() > 0) {
      if (s.days() == 1) {
        return first;
      }
      // Every other day, weekly and fortnightly ticks run on Mondays counted from 1970-01-05 (a Monday), so they do not
      // depend on where the data starts.
      long monday = LocalDate.of(1970, 1, 5).toEpochDay();
      long offset = Math.floorMod(first.toEpochDay() - monday, s.days());
      return offset == 0 ? first : first.plusDays(s.days() - offset);
    }
    if (s.months() > 0) {
      LocalDate month = first.withDayOfMonth(1);
      while (month.isBefore(first) || (month.getMonthValue() - 1) % s.months() != 0) {
        month = month.plusMonths(1);
      }
      return month;
    }
    int year = first.getDayOfYear() == 1 ? first.getYear() : first.getYear() + 1;
    year = Math.floorDiv(year + s.years() - 1, s.years()) * s.years();
    return LocalDate.of(year, 1, 1);
  }

  private static String label(LocalDate d, Step s) {
    if (s.years() > 0 || (s.months() > 0 && d.getMonthValue() == 1)) {
      return Integer.toString(d.getYear());
    }
    if (s.months() > 0) {
      return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear();
    }
    return d.toString();
  }
}
