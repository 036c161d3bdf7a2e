package dev.framewatch.analytics.report;

import dev.framewatch.analytics.share.GroupSummary;
import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.stats.Interval;
import dev.framewatch.analytics.trend.CombinedIndex;
import dev.framewatch.analytics.trend.Trend;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One table of the report, as text cells: built once from the report, rendered as HTML, Markdown and CSV.
 *
 * @param name file-safe name (the CSV file is {@code <name>.csv})
 */
public record ReportTable(String name, String title, List<String> header, List<List<String>> rows) {
  public ReportTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** Every table of a report, in reading order. */
  public static List<ReportTable> of(WeeklyReport r) {
    List<ReportTable> out = new ArrayList<>();
    out.add(shares("shares-by-kind", "Shares by kind of evidence (all time)", r.byKind(), "kind"));
    out.add(groups("ratio-by-kind", "Coverage and PyTorch/(PyTorch+TensorFlow) by kind", r.byKind(), "kind"));
    out.add(groups("by-conference", "Papers by conference (all years)", r.byVenue(), "venue"));
    out.add(groups("by-domain", "By domain (all kinds)", r.byDomain(), "domain"));
    out.add(combinations(r));
    out.add(movers(r));
    out.add(combined(r));
    out.add(freshness(r));
    return out;
  }

  private static ReportTable shares(String name, String title, ShareCounts counts, String dim) {
    List<List<String>> rows = new ArrayList<>();
    for (ShareRow row : counts.rows()) {
      Interval ci = ShareFormat.interval(row);
      rows.add(List.of(value(row.group().get(dim)), row.framework(), Long.toString(row.count()), pct(row.share()),
          range(ci), Long.toString(row.documentsAnyFramework()), Long.toString(row.documents())));
    }
    return new ReportTable(name, title, List.of(dim, "framework", "documents naming it", "share", "95% CI",
        "naming any", "documents"), rows);
  }

  private static ReportTable groups(String name, String title, ShareCounts counts, String dim) {
    List<List<String>> rows = new ArrayList<>();
    for (GroupSummary g : GroupSummary.of(counts)) {
      rows.add(List.of(value(g.group().get(dim)), number(g.pytorch()), number(g.tensorflow()),
          g.ratio() == null ? "-" : pct(g.ratio().estimate()), g.ratio() == null ? "-" : range(g.ratio()),
          Long.toString(g.documentsAnyFramework()), Long.toString(g.documents()), pct(g.coverage().estimate())));
    }
    return new ReportTable(name, title, List.of(dim, "pytorch", "tensorflow", "PT/(PT+TF)", "95% CI", "naming any",
        "documents", "coverage"), rows);
  }

  /** Models per framework set: "pytorch" alone is exclusive, "pytorch+tensorflow" available in both (hub analyses keep these apart). */
  private static ReportTable combinations(WeeklyReport r) {
    List<List<String>> rows = new ArrayList<>();
    long any = r.modelCombinations().matchingDocumentsAnyFramework();
    for (ShareCounts.GroupTotal g : r.modelCombinations().groups()) {
      String combination = g.group().get("combination");
      if (combination == null || combination.isEmpty()) {
        continue;
      }
      Interval ci = dev.framewatch.analytics.stats.Wilson.interval(g.documents(), any);
      rows.add(List.of(combination, combination.contains("+") ? "several" : "exclusive", Long.toString(g.documents()),
          pct(ci.estimate()), range(ci)));
    }
    rows.sort(java.util.Comparator.comparing((List<String> row) -> -Long.parseLong(row.get(2))).thenComparing(row -> row.get(0)));
    return new ReportTable("model-frameworks", "Hugging Face models: exclusive to one framework or available in several",
        List.of("frameworks", "availability", "models", "of models naming any", "95% CI"), rows);
  }

  private static ReportTable movers(WeeklyReport r) {
    List<List<String>> rows = new ArrayList<>();
    for (Trend t : r.movers()) {
      rows.add(List.of(value(t.series().get("kind")), t.framework(), pct(t.shareFrom()) + " of " + t.trialsFrom(),
          pct(t.shareTo()) + " of " + t.trialsTo(), String.format(Locale.ROOT, "%+.1f pt", 100 * t.change().estimate()),
          String.format(Locale.ROOT, "%+.1f to %+.1f", 100 * t.change().low(), 100 * t.change().high()),
          t.significant() ? "yes" : "no"));
    }
    return new ReportTable("movers", "Week-over-week movers, " + r.previousWeek() + " to " + r.week(),
        List.of("kind", "framework", r.previousWeek(), r.week(), "change", "95% CI", "significant"), rows);
  }

  private static ReportTable combined(WeeklyReport r) {
    List<List<String>> rows = new ArrayList<>();
    for (CombinedIndex.Point p : r.combined()) {
      rows.add(List.of(p.period(), p.framework(), pct(p.share().estimate()), range(p.share()),
          p.kinds().entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue()))
              .collect(Collectors.joining(", "))));
    }
    String weights = r.combinedWeights().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    return new ReportTable("combined-index", "Combined index across kinds (weights: " + weights + ")",
        List.of("year", "framework", "share", "95% CI", "weights carried"), rows);
  }

  private static ReportTable freshness(WeeklyReport r) {
    List<List<String>> rows = new ArrayList<>();
    for (WeeklyReport.Freshness f : r.freshness()) {
      rows.add(List.of(f.kind(), Long.toString(f.documents()),
          f.newestEvidence() == null ? "-" : f.newestEvidence().toString()));
    }
    return new ReportTable("freshness", "Data freshness per kind", List.of("kind", "documents", "newest evidence"), rows);
  }

  static String value(String v) {
    return v == null || v.isEmpty() ? "(none)" : v;
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  static String range(Interval i) {
    return String.format(Locale.ROOT, "%.1f-%.1f%%", 100 * i.low(), 100 * i.high());
  }

  static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
