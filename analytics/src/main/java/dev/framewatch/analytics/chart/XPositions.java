package dev.framewatch.analytics.chart;

import dev.framewatch.core.time.IsoWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each x label of a {@link ChartSpec} sits on the drawing's x axis. Dates in any of the index's spellings (days
 * {@code 2020-01-31}, months {@code 2020-01}, quarters {@code 2020-Q1}, ISO weeks {@code 2020-W05}) go on a time axis at their
 * first day (epoch days), so sparse dates are spaced by time and ticks fall on round dates; {@code day 12} (days since each
 * repository's start) and plain integers on a number axis; anything else (years, venues) stays one category per label.
 *
 * @param x per label, its position: epoch day, number, or the label's index for categories
 */
public record XPositions(Kind kind, double[] x) {
  /** How the x axis is drawn. */
  public enum Kind { DATE, NUMBER, CATEGORY }

  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
  private static final Pattern NUMBER = Pattern.compile("(?:day )?(-?\\d{1,9})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public XPositions {
    x = x.clone();
  }

  public static XPositions of(List<String> labels) {
    int n = labels.size();
    double[] x = new double[n];
    if (n > 0 && labels.stream().allMatch(XPositions::isDate)) {
      for (int i = 0; i < n; i++) {
        x[i] = firstDay(labels.get(i)).toEpochDay();
      }
      return new XPositions(Kind.DATE, x);
    }
    if (n > 0 && labels.stream().allMatch(l -> NUMBER.matcher(l).matches())
        && !labels.stream().allMatch(l -> YEAR.matcher(l).matches())) {
      for (int i = 0; i < n; i++) {
        Matcher m = NUMBER.matcher(labels.get(i));
        m.matches();
        x[i] = Long.parseLong(m.group(1));
      }
      return new XPositions(Kind.NUMBER, x);
    }
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return new XPositions(Kind.CATEGORY, x);
  }

  private static boolean isDate(String label) {
    try {
      firstDay(label);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The first day a date label stands for. */
  static LocalDate firstDay(String label) {
    Matcher m = DAY.matcher(label);
    if (m.matches()) {
      return LocalDate.parse(label);
    }
    m = MONTH.matcher(label);
    if (m.matches()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
    }
    m = QUARTER.matcher(label);
    if (m.matches()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), 3 * Integer.parseInt(m.group(2)) - 2, 1);
    }
    if (WEEK.matcher(label).matches() && IsoWeek.isWeek(label)) {
      return IsoWeek.parse(label).monday();
    }
    throw new IllegalArgumentException("not a date label: " + label);
  }
}
