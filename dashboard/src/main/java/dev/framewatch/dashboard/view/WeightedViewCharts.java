package dev.framewatch.dashboard.view;

import dev.framewatch.analytics.chart.Palette;
import dev.framewatch.analytics.share.WeightedShareService;
import dev.framewatch.analytics.share.Weighting;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.api.ShareQuery;
import dev.framewatch.dashboard.web.BadParameter;
import dev.framewatch.index.query.InvalidWhereException;
import dev.framewatch.index.weight.WeightedShareRow;
import dev.framewatch.index.weight.WeightedShares;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A share view weighted by downloads ({@code weight=downloads} on the Hugging Face view): each point is a framework's share of
 * the downloads of the models naming any framework, with its bootstrap interval ({@link WeightedShares#interval()}); the
 * point's count and denominator stay the plain model counts, so a tooltip shows how many models stand behind it.
 */
final class WeightedViewCharts {
  private WeightedViewCharts() {}

  static ViewChart build(ViewQuery q, DashboardData data) {
    ShareQuery sq = q.shareQuery();
    WeightedShares s;
    try {
      s = new WeightedShareService(data.shares()).share(sq.by(), sq.effectiveWhere(), sq.method(), Weighting.DOWNLOADS);
    } catch (InvalidWhereException e) {
      throw new BadParameter("where", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new BadParameter(sq.method() != null ? "method" : "where", e.getMessage());
    }
    String period = q.period();
    String groupKey = q.grouping().equals("none") ? null : q.grouping();
    TreeSet<String> xs = new TreeSet<>();
    Map<String, Double> groupWeight = new HashMap<>();
    Map<String, Double> frameworkWeight = new LinkedHashMap<>();
    Map<String, WeightedShareRow> cells = new HashMap<>();
    Map<String, Long> denominators = new HashMap<>();
    for (WeightedShareRow r : s.rows()) {
      String x = r.group().get(period);
      String g = groupKey == null ? "" : r.group().get(groupKey);
      if (x == null || x.isEmpty() || g == null || groupKey != null && g.isEmpty()) {
        continue;
      }
      xs.add(x);
      if (denominators.putIfAbsent(g + "\u0000" + x, r.documentsAnyFramework()) == null) {
        groupWeight.merge(g, r.weightAnyFramework(), Double::sum);
      }
      frameworkWeight.merge(r.framework(), r.weight(), Double::sum);
      cells.put(g + "\u0000" + r.framework() + "\u0000" + x, r);
    }
    List<String> frameworks = q.shownFrameworks().isEmpty()
        ? frameworkWeight.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(Map.Entry::getKey).toList()
        : q.shownFrameworks();
    if (groupKey != null && q.shownFrameworks().isEmpty() && frameworks.size() > 1) {
      frameworks = frameworks.subList(0, 1); // as the plain view: the largest framework's share per group
    }
    List<String> groups = groupWeight.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(ViewCharts.MAX_GROUPS).map(Map.Entry::getKey).toList();
    List<String> x = new ArrayList<>(xs);
    List<ViewChart.SeriesData> series = new ArrayList<>();
    for (String g : groups) {
      for (String fw : frameworks) {
        List<ViewChart.PointData> points = new ArrayList<>();
        for (String xv : x) {
          Long denominator = denominators.get(g + "\u0000" + xv);
          if (denominator == null) {
            points.add(new ViewChart.PointData(xv, null, null, null, null, null, null));
            continue;
          }
          WeightedShareRow r = cells.get(g + "\u0000" + fw + "\u0000" + xv);
          Map<String, String> cell = new TreeMap<>();
          if (groupKey != null) {
            cell.put(groupKey, g);
          }
          cell.put(period, xv);
          points.add(new ViewChart.PointData(xv, pct(r == null ? 0 : r.share()), pct(r == null ? 0 : r.shareLow()),
              pct(r == null ? 0 : r.shareHigh()), r == null ? 0 : r.count(), denominator,
              ViewCharts.drill(sq.effectiveWhere(), cell, fw)));
        }
        String name = groupKey == null ? fw : frameworks.size() == 1 ? g : g + " " + fw;
        String colour = groupKey == null || frameworks.size() > 1 && groups.size() == 1 ? Palette.framework(fw) : null;
        series.add(new ViewChart.SeriesData(name, colour != null ? colour : Palette.colour(series.size()), points));
      }
    }
    String yLabel = "% of downloads of models naming a framework (95% " + s.interval() + ")";
    return new ViewChart(ViewCharts.spec(q, ViewCharts.title(q, groupKey, frameworks), yLabel, x, series, true), s.methodName() + " " + s.methodVersion(), series, "%");
  }

  private static Double pct(double share) {
    return Math.round(share * 100_000) / 1000.0;
  }
}
