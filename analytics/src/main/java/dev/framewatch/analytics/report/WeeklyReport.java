package dev.framewatch.analytics.report;

import dev.framewatch.analytics.trend.CombinedIndex;
import dev.framewatch.analytics.trend.Trend;
import dev.framewatch.index.count.ShareCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one weekly report says, computed once and rendered three ways (HTML with inline SVG charts, Markdown, CSV), so
 * the formats can never disagree.
 *
 * @param week ISO week, {@code 2026-W47}
 * @param previousWeek the week it is compared with
 * @param byKind shares per kind of evidence, all time
 * @param byKindYear shares per kind and year (the trend chart and the combined index)
 * @param byVenue papers' shares per venue, all years
 * @param byDomain shares per domain, all kinds
 * @param modelCombinations Hugging Face models by the set of frameworks they are available in (exclusive vs several)
 * @param byKindWeek shares per kind and week, of the week and the one before (the findings' new coverage)
 * @param movers week-over-week changes per kind, largest first
 * @param combined the combined index across kinds, per year
 * @param combinedWeights the weights of the combined index, as configured
 * @param freshness per kind: documents and the newest evidence date (null when the kind has none)
 */
public record WeeklyReport(
    String week,
    String previousWeek,
    Instant generatedAt,
    String method,
    ShareCounts byKind,
    ShareCounts byKindYear,
    ShareCounts byVenue,
    ShareCounts byDomain,
    ShareCounts modelCombinations,
    ShareCounts byKindWeek,
    List<Trend> movers,
    List<CombinedIndex.Point> combined,
    Map<String, Double> combinedWeights,
    List<Freshness> freshness) {

  /** How current one kind of evidence is. */
  public record Freshness(String kind, long documents, LocalDate newestEvidence) {}
}
