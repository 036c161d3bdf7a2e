package dev.framewatch.analytics.report;

import dev.framewatch.analytics.share.ShareService;
import dev.framewatch.analytics.trend.CombinedIndex;
import dev.framewatch.analytics.trend.ShareTrends;
import dev.framewatch.analytics.trend.Trend;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Computes a {@link WeeklyReport} from the share service: a pure function of the index's content, the week and the clock. */
public final class WeeklyReportBuilder {
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  /** Movers listed, largest absolute change first. */
  static final int MOVERS = 10;

  private final ShareService shares;
  private final Map<String, Double> weights;
  private final Clock clock;

  public WeeklyReportBuilder(ShareService shares, Map<String, Double> combinedWeights, Clock clock) {
    this.shares = shares;
    this.weights = Map.copyOf(combinedWeights);
    this.clock = clock;
  }

  /**
   * @param week {@code YYYY-Www}
   * @param freshness per kind, from the index
   */
  public WeeklyReport build(String week, List<WeeklyReport.Freshness> freshness) {
    String previous = previousWeek(week);
    ShareCounts byKind = shares.share(List.of(Dimension.KIND), null);
    ShareCounts byKindYear = shares.share(List.of(Dimension.KIND, Dimension.YEAR), null);
    ShareCounts byVenue = shares.share(List.of(Dimension.VENUE), "kind:paper");
    ShareCounts byDomain = shares.share(List.of(Dimension.DOMAIN), null);
    ShareCounts modelCombinations = shares.share(List.of(Dimension.COMBINATION), "kind:model");
    ShareCounts byKindWeek = shares.share(List.of(Dimension.KIND, Dimension.WEEK),
        "week:" + previous + " OR week:" + week);
    List<Trend> movers = new ArrayList<>(ShareTrends.changes(byKindWeek, Dimension.WEEK));
    movers.removeIf(t -> !t.to().equals(week));
    movers.sort(Comparator.comparingDouble((Trend t) -> -Math.abs(t.change().estimate()))
        .thenComparing(t -> t.series().toString()).thenComparing(Trend::framework));
    List<Trend> top = List.copyOf(movers.subList(0, Math.min(MOVERS, movers.size())));
    List<CombinedIndex.Point> combined = CombinedIndex.compute(byKindYear, Dimension.YEAR, weights);
    return new WeeklyReport(week, previous, clock.instant(), byKind.methodName() + " " + byKind.methodVersion(), byKind,
        byKindYear, byVenue, byDomain, modelCombinations, top, combined, weights, freshness);
  }

  /** Parses and checks {@code YYYY-Www} (week 53 only in years that have one). */
  public static String checkWeek(String week) {
    Matcher m = WEEK.matcher(week == null ? "" : week);
    if (!m.matches()) {
      throw new IllegalArgumentException("--week '" + week + "': expected an ISO week such as 2026-W47");
    }
    int year = Integer.parseInt(m.group(1));
    int w = Integer.parseInt(m.group(2));
    LocalDate mid = LocalDate.of(year, 6, 1);
    long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    if (w < 1 || w > weeks) {
      throw new IllegalArgumentException("--week '" + week + "': " + year + " has weeks 1 to " + weeks);
    }
    return week;
  }

  /** The Monday of an ISO week. */
  public static LocalDate monday(String week) {
    checkWeek(week);
    try {
      int year = Integer.parseInt(week.substring(0, 4));
      int w = Integer.parseInt(week.substring(6));
      return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("--week '" + week + "': " + e.getMessage(), e);
    }
  }

  /** The ISO week of a date, {@code 2020-W53} for 2021-01-03. */
  public static String weekOf(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public static String previousWeek(String week) {
    return weekOf(monday(week).minusWeeks(1));
  }
}
