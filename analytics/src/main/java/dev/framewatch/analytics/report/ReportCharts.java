package dev.framewatch.analytics.report;

import dev.framewatch.analytics.chart.ChartSpec;
import dev.framewatch.analytics.share.GroupSummary;
import dev.framewatch.analytics.trend.CombinedIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The report's charts as {@link ChartSpec}s, drawn by the same renderer as the dashboard's images. */
final class ReportCharts {
  private ReportCharts() {}

  /** PyTorch / (PyTorch + TensorFlow) per kind and year, with Wilson intervals. */
  static ChartSpec ratioByKind(WeeklyReport r) {
    List<GroupSummary> groups = GroupSummary.of(r.byKindYear());
    TreeSet<String> years = new TreeSet<>();
    Map<String, Map<String, GroupSummary>> byKind = new LinkedHashMap<>();
    for (GroupSummary g : groups) {
      String year = g.group().get("year");
      if (year == null || year.isEmpty() || g.ratio() == null) {
        continue;
      }
      years.add(year);
      byKind.computeIfAbsent(g.group().get("kind"), k -> new LinkedHashMap<>()).put(year, g);
    }
    List<String> x = new ArrayList<>(years);
    List<ChartSpec.Series> series = new ArrayList<>();
    byKind.forEach((kind, byYear) -> {
      List<Double> v = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      for (String year : x) {
        GroupSummary g = byYear.get(year);
        v.add(g == null ? null : 100 * g.ratio().estimate());
        lo.add(g == null ? null : 100 * g.ratio().low());
        hi.add(g == null ? null : 100 * g.ratio().high());
      }
      series.add(new ChartSpec.Series(kind, v, lo, hi, dev.framewatch.analytics.chart.Palette.kind(kind)));
    });
    return new ChartSpec("PyTorch / (PyTorch + TensorFlow) by kind of evidence", "% (95% interval)", x, series, false,
        true, ChartSpec.Theme.LIGHT, 760, 360);
  }

  /** The combined index per framework and year, with its interval. */
  static ChartSpec combined(WeeklyReport r) {
    TreeSet<String> years = new TreeSet<>();
    Map<String, Map<String, CombinedIndex.Point>> byFramework = new LinkedHashMap<>();
    for (CombinedIndex.Point p : r.combined()) {
      years.add(p.period());
      byFramework.computeIfAbsent(p.framework(), f -> new LinkedHashMap<>()).put(p.period(), p);
    }
    List<String> x = new ArrayList<>(years);
    List<ChartSpec.Series> series = new ArrayList<>();
    byFramework.forEach((fw, byYear) -> {
      List<Double> v = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      for (String year : x) {
        CombinedIndex.Point p = byYear.get(year);
        v.add(p == null ? null : 100 * p.share().estimate());
        lo.add(p == null ? null : 100 * p.share().low());
        hi.add(p == null ? null : 100 * p.share().high());
      }
      series.add(new ChartSpec.Series(fw, v, lo, hi, null));
    });
    return new ChartSpec("Combined index: share of documents naming a framework, kinds weighted", "% (95% interval)", x,
        series, false, true, ChartSpec.Theme.LIGHT, 760, 360);
  }
}
