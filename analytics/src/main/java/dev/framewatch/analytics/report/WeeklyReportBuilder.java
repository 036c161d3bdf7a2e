package dev.framewatch.analytics.report;

import dev.framewatch.analytics.share.ShareService;
import dev.framewatch.analytics.trend.CombinedIndex;
import dev.framewatch.analytics.trend.ShareTrends;
import dev.framewatch.analytics.trend.Trend;
import dev.framewatch.core.time.IsoWeek;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Computes a {@link WeeklyReport} from the share service: a pure function of the index's content, the week and the clock. */
public final class WeeklyReportBuilder {
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
        byKindYear, byVenue, byDomain, modelCombinations, byKindWeek, top, combined, weights, freshness);
  }

  /** Parses and checks {@code YYYY-Www} (week 53 only in years that have one). */
  public static String checkWeek(String week) {
    parse(week);
    return week;
  }

  /** The Monday of an ISO week. */
  public static LocalDate monday(String week) {
    return parse(week).monday();
  }

  /** The ISO week of a date, {@code 2020-W53} for 2021-01-03. */
  public static String weekOf(LocalDate d) {
    return IsoWeek.of(d).toString();
  }

  public static String previousWeek(String week) {
    return parse(week).previous().toString();
  }

  /** The week, or a usage error naming the option. */
  private static IsoWeek parse(String week) {
    try {
      return IsoWeek.parse(week);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--week '" + week + "': " + e.getMessage(), e);
    }
  }
}
