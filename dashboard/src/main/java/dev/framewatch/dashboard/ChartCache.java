package dev.framewatch.dashboard;

import dev.framewatch.dashboard.view.ViewChart;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Built charts by index commit and canonical chart URL, least recently used out: a view's page (its headline table) and its
 * JSON, CSV, SVG and PNG come from one build, so the page and the chart it loads cannot disagree and the star view's
 * snapshots are read once, not once per request. A new commit makes new keys, so nothing is served stale.
 */
final class ChartCache {
  private final Map<String, ViewChart> charts;

  ChartCache(int capacity) {
    this.charts = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, ViewChart> eldest) {
        return size() > capacity;
      }
    };
  }

  ViewChart get(String key, Supplier<ViewChart> build) {
    synchronized (charts) {
      ViewChart chart = charts.get(key);
      if (chart != null) {
        return chart;
      }
    }
    ViewChart chart = build.get(); // built outside the lock: a slow chart does not hold up the others
    synchronized (charts) {
      charts.put(key, chart);
    }
    return chart;
  }
}
