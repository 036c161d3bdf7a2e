package dev.framewatch.dashboard.view;

import dev.framewatch.analytics.chart.ChartSpec;
import dev.framewatch.analytics.chart.Palette;
import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.stats.Interval;
import dev.framewatch.analytics.stats.Wilson;
import dev.framewatch.core.record.Stars;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.api.ShareQuery;
import dev.framewatch.dashboard.web.QueryString;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import dev.framewatch.index.search.StarSeries;
import dev.framewatch.index.search.StarSeriesSearch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds a view's {@link ViewChart} from the index: shares with intervals, or star timelines. */
public final class ViewCharts {
  /** Series beyond this many groups are left out (largest groups kept): a chart of 40 conferences is not readable. */
  static final int MAX_GROUPS = 8;

  private ViewCharts() {}

  public static ViewChart build(ViewQuery q, DashboardData data) {
    if (q.weight().equals("downloads")) {
      return WeightedViewCharts.build(q, data);
    }
    return q.view().isStars() ? stars(q, data) : shares(q, data);
  }

  private static ViewChart shares(ViewQuery q, DashboardData data) {
    ShareQuery sq = q.shareQuery();
    ShareCounts counts = sq.run(data.shares());
    String period = q.period();
    String groupKey = q.grouping().equals("none") ? null : q.grouping();

    TreeSet<String> xs = new TreeSet<>();
    Map<String, Map<String, ShareCounts.GroupTotal>> totals = new HashMap<>();
    Map<String, Long> groupSize = new HashMap<>();
    for (ShareCounts.GroupTotal g : counts.groups()) {
      String x = g.group().get(period);
      String gv = groupKey == null ? "" : g.group().get(groupKey);
      if (x == null || x.isEmpty() || gv == null || (groupKey != null && gv.isEmpty())) {
        continue; // a document without a date or without the grouping value has no place on this chart
      }
      xs.add(x);
      totals.computeIfAbsent(gv, k -> new HashMap<>()).put(x, g);
      groupSize.merge(gv, g.documentsAnyFramework(), Long::sum);
    }
    Map<String, Map<String, ShareRow>> rows = new HashMap<>();
    Map<String, Long> frameworkSize = new LinkedHashMap<>();
    for (ShareRow r : counts.rows()) {
      String gv = groupKey == null ? "" : r.group().get(groupKey);
      rows.computeIfAbsent(gv + "\u0000" + r.framework(), k -> new HashMap<>()).put(r.group().get(period), r);
      frameworkSize.merge(r.framework(), r.count(), Long::sum);
    }
    List<String> frameworks = q.shownFrameworks().isEmpty()
        ? frameworkSize.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(Map.Entry::getKey).toList()
        : q.shownFrameworks();
    if (groupKey != null && q.shownFrameworks().isEmpty() && frameworks.size() > 1) {
      // Split by library, venue, ...: every framework in every group is unreadable (7 libraries x 5 frameworks); the
      // largest framework's share per group is the question, and frameworks= asks for others.
      frameworks = frameworks.subList(0, 1);
    }
    List<String> groups = groupSize.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_GROUPS).map(Map.Entry::getKey).toList();

    List<String> x = new ArrayList<>(xs);
    List<ViewChart.SeriesData> series = new ArrayList<>();
    String where = sq.effectiveWhere();
    for (String g : groups) {
      for (String fw : frameworks) {
        Map<String, ShareRow> byX = rows.getOrDefault(g + "\u0000" + fw, Map.of());
        List<ViewChart.PointData> points = new ArrayList<>();
        for (String xv : x) {
          ShareCounts.GroupTotal total = totals.getOrDefault(g, Map.of()).get(xv);
          if (total == null || total.documentsAnyFramework() == 0) {
            points.add(new ViewChart.PointData(xv, null, null, null, null, null, null));
            continue;
          }
          ShareRow r = byX.get(xv);
          Interval ci = r == null ? Wilson.interval(0, total.documentsAnyFramework()) : ShareFormat.interval(r);
          double share = r == null ? 0 : r.share();
          Map<String, String> cell = new TreeMap<>();
          if (groupKey != null) {
            cell.put(groupKey, g);
          }
          cell.put(period, xv);
          points.add(new ViewChart.PointData(xv, pct(share), pct(ci.low()), pct(ci.high()), r == null ? 0 : r.count(),
              total.documentsAnyFramework(), drill(where, cell, fw)));
        }
        String name = groupKey == null ? fw : frameworks.size() == 1 ? g : g + " " + fw;
        // A framework keeps its colour wherever one line stands for it; lines per venue or library take the palette's order.
        String colour = groupKey == null || frameworks.size() > 1 && groups.size() == 1 ? Palette.framework(fw) : null;
        series.add(new ViewChart.SeriesData(name, colour != null ? colour : Palette.colour(series.size()), points,
            groupKey == null ? null : g));
      }
    }
    // Short enough to stand beside the plot uncut at the default height; the denominator is named.
    String yLabel = "% of " + noun(q.view()) + " naming a framework";
    return new ViewChart(spec(q, title(q, groupKey, frameworks), yLabel, x, series, true),
        counts.methodName() + " " + counts.methodVersion(), series, "%");
  }

  /** What a share view's percentages are of. */
  static String noun(View view) {
    return switch (view) {
      case PAPERS -> "papers";
      case JOBS -> "job postings";
      case HUGGINGFACE -> "models";
      default -> "documents";
    };
  }

  /**
   * The chart's title names the framework whose share it draws when one framework is split by venue, library, ... (one line
   * per conference says nothing about which framework otherwise); any other chart keeps the view's title.
   */
  static String title(ViewQuery q, String groupKey, List<String> frameworks) {
    if (groupKey == null || frameworks.size() != 1) {
      return q.view().title();
    }
    String prefix = q.view().title().substring(0, q.view().title().indexOf(':'));
    String by = switch (groupKey) {
      case "venue" -> "conference";
      case "kind" -> "kind of evidence";
      default -> groupKey;
    };
    return prefix + ": " + dev.framewatch.analytics.summary.ShareWords.frameworkName(frameworks.get(0)) + "'s share by " + by;
  }

  private static ViewChart stars(ViewQuery q, DashboardData data) {
    java.util.Set<String> estimated = new java.util.HashSet<>();
    List<StarSeries> all = data.shares().withReader(reader -> {
      if (reader == null) {
        return List.<StarSeries>of();
      }
      List<String> repos = q.repos().isEmpty()
          ? StarSeriesSearch.repositories(reader).stream().limit(ViewQuery.MAX_REPOS).toList() : q.repos();
      estimated.addAll(StarEstimates.ids(reader, repos));
      return StarSeriesSearch.read(reader, repos, q.since());
    });
    TreeSet<String> xs = new TreeSet<>(Comparator.comparing((String s) -> q.align() ? Long.parseLong(s) : 0L)
        .thenComparing(Comparator.naturalOrder()));
    for (StarSeries s : all) {
      s.points().forEach(p -> xs.add(q.align() ? Long.toString(p.day()) : p.date().toString()));
    }
    List<String> x = new ArrayList<>(xs);
    List<ViewChart.SeriesData> series = new ArrayList<>();
    for (StarSeries s : all) {
      Map<String, StarSeries.Point> byX = new HashMap<>();
      s.points().forEach(p -> byX.put(q.align() ? Long.toString(p.day()) : p.date().toString(), p));
      List<ViewChart.PointData> points = new ArrayList<>();
      for (String xv : x) {
        StarSeries.Point p = byX.get(xv);
        long value = p == null ? 0 : q.daily() ? p.newStars() : p.stars();
        points.add(p == null ? new ViewChart.PointData(xv, null, null, null, null, null, null)
            : new ViewChart.PointData(xv, (double) value, null, null, value, null,
                drill("id:\"" + Stars.id(s.repo(), p.date()) + "\"", Map.of(), null),
                estimated.contains(Stars.id(s.repo(), p.date()))));
      }
      series.add(new ViewChart.SeriesData(s.repo(), Palette.colour(series.size()), points));
    }
    List<String> labels = q.align() ? x.stream().map(d -> "day " + d).toList() : x;
    String title = q.daily() ? "GitHub: new stars per day" : q.view().title();
    String unit = q.daily() ? "new stars" : "stars";
    return new ViewChart(spec(q, title, unit, labels, series, false), null, series, unit);
  }

  static ChartSpec spec(ViewQuery q, String title, String yLabel, List<String> x, List<ViewChart.SeriesData> series,
      boolean intervals) {
    List<ChartSpec.Series> drawn = new ArrayList<>();
    for (ViewChart.SeriesData s : series) {
      List<Double> v = s.points().stream().map(ViewChart.PointData::value).toList();
      // An image has no hover: a line with estimated points (stars from sampled pages) says so in its legend entry.
      long estimated = s.points().stream().filter(ViewChart.PointData::estimated).count();
      String name = estimated == 0 ? s.name()
          : s.name() + " (" + estimated + (estimated == 1 ? " day" : " days") + " estimated)";
      drawn.add(intervals
          ? new ChartSpec.Series(name, v, s.points().stream().map(ViewChart.PointData::low).toList(),
              s.points().stream().map(ViewChart.PointData::high).toList(), s.color())
          : new ChartSpec.Series(name, v, null, null, s.color()));
    }
    return new ChartSpec(title, yLabel, x, drawn, q.log(), q.legend(), q.theme(), q.width(), q.height(),
        q.transparent());
  }

  private static Double pct(double share) {
    return Math.round(share * 100_000) / 1000.0;
  }

  /** The drill-down page's URL for a cell, parameters sorted so equal cells give equal URLs. */
  static String drill(String where, Map<String, String> cell, String framework) {
    Map<String, String> p = new TreeMap<>(cell);
    if (where != null) {
      p.put("where", where);
    }
    if (framework != null) {
      p.put("framework", framework);
    }
    return QueryString.url("/documents", p);
  }
}
