package dev.framewatch.analytics.trend;

import dev.framewatch.analytics.stats.Interval;
import dev.framewatch.analytics.stats.Wilson;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Period-over-period change of each framework's share, per series. A pure function of share counts grouped by the series
 * dimensions and one period dimension: the counting stays in Lucene, Tablesaw shapes the small aggregated table (one row per
 * series, period and framework, with zero rows filled in where a framework is absent from a period that has documents).
 */
public final class ShareTrends {
  private ShareTrends() {}

  /** The periods {@code --by} may step through, finest last. */
  public static final List<Dimension> PERIODS = List.of(Dimension.YEAR, Dimension.QUARTER, Dimension.MONTH, Dimension.WEEK);

  /**
   * The long table of shares: series columns, {@code period}, {@code framework}, {@code weight} and {@code trials} (documents
   * naming any framework), one row per series, period and framework, zeros included. Periods without a value are left out.
   */
  public static Table table(ShareCounts counts, Dimension period) {
    if (!counts.by().contains(period)) {
      throw new IllegalArgumentException("the counts are not by " + period.key() + " (by " + counts.by() + ")");
    }
    List<String> seriesKeys = seriesKeys(counts, period);
    List<String> frameworks = new ArrayList<>();
    counts.rows().forEach(r -> {
      if (!frameworks.contains(r.framework())) {
        frameworks.add(r.framework());
      }
    });
    Map<Map<String, String>, Double> weights = new LinkedHashMap<>();
    for (ShareRow r : counts.rows()) {
      Map<String, String> key = new LinkedHashMap<>(r.group());
      key.put("framework", r.framework());
      weights.put(key, r.weight());
    }
    Table t = Table.create("shares");
    for (String k : seriesKeys) {
      t.addColumns(StringColumn.create(k));
    }
    t.addColumns(StringColumn.create("period"), StringColumn.create("framework"), DoubleColumn.create("weight"),
        DoubleColumn.create("trials"));
    for (ShareCounts.GroupTotal g : counts.groups()) {
      String p = g.group().get(period.key());
      if (p == null || p.isEmpty()) {
        continue;
      }
      for (String fw : frameworks) {
        Map<String, String> key = new LinkedHashMap<>(g.group());
        key.put("framework", fw);
        Row row = t.appendRow();
        for (String k : seriesKeys) {
          row.setString(k, g.group().getOrDefault(k, ""));
        }
        row.setString("period", p);
        row.setString("framework", fw);
        row.setDouble("weight", weights.getOrDefault(key, 0.0));
        row.setDouble("trials", g.documentsAnyFramework());
      }
    }
    List<String> sortBy = new ArrayList<>(seriesKeys);
    sortBy.add("framework");
    sortBy.add("period");
    return t.sortAscendingOn(sortBy.toArray(String[]::new));
  }

  /**
   * Changes between consecutive periods that both have documents naming a framework, per series and framework, in series,
   * framework and period order.
   */
  public static List<Trend> changes(ShareCounts counts, Dimension period) {
    List<String> seriesKeys = seriesKeys(counts, period);
    List<Trend> out = new ArrayList<>();
    Cell previous = null;
    for (Cell cell : cells(table(counts, period), seriesKeys)) {
      if (previous != null && previous.series().equals(cell.series()) && previous.framework().equals(cell.framework())
          && previous.trials() > 0 && cell.trials() > 0) {
        Interval change = Wilson.difference(previous.weight(), previous.trials(), cell.weight(), cell.trials());
        out.add(new Trend(cell.series(), cell.framework(), previous.period(), cell.period(),
            previous.weight() / previous.trials(), previous.trials(), cell.weight() / cell.trials(), cell.trials(),
            change));
      }
      previous = cell;
    }
    return out;
  }

  /** One row of the long table, copied out of Tablesaw (whose {@link Row} is a cursor, reused as it moves). */
  record Cell(Map<String, String> series, String period, String framework, double weight, long trials) {}

  static List<Cell> cells(Table t, List<String> seriesKeys) {
    List<Cell> out = new ArrayList<>();
    for (Row row : t) {
      Map<String, String> series = new LinkedHashMap<>();
      seriesKeys.forEach(k -> series.put(k, row.getString(k)));
      out.add(new Cell(series, row.getString("period"), row.getString("framework"), row.getDouble("weight"),
          (long) row.getDouble("trials")));
    }
    return out;
  }

  static List<String> seriesKeys(ShareCounts counts, Dimension period) {
    return counts.by().stream().filter(d -> d != period && d != Dimension.FRAMEWORK).map(Dimension::key).toList();
  }
}
