package dev.framewatch.dashboard.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.chart.ChartSpec;
import dev.framewatch.analytics.text.CsvExport;
import dev.framewatch.core.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One view's chart with what stands behind each point: the drawing ({@link ChartSpec}, rendered by the same SVG/PNG code as the
 * weekly report) plus per point its count, denominator and the drill-down URL listing its documents. The page's interactive
 * chart, the JSON and the CSV exports all come from this one record, so they cannot disagree.
 *
 * @param method the counting method's name and version, or null for star timelines (no method involved)
 */
public record ViewChart(ChartSpec spec, String method, List<SeriesData> series, String yUnit) {
  public ViewChart {
    series = List.copyOf(series);
  }

  /** One line: its points in x order (a point with a null value is a gap). */
  public record SeriesData(String name, String color, List<PointData> points) {
    public SeriesData {
      points = java.util.Collections.unmodifiableList(new ArrayList<>(points));
    }
  }

  /**
   * @param count documents counted for the point's framework (or the star count)
   * @param denominator documents naming any framework in the point's group, or null (stars)
   * @param drill the {@code /documents?...} URL of the documents behind the point, or null
   */
  public record PointData(String x, Double value, Double low, Double high, Long count, Long denominator, String drill) {}

  public String json() {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("title", spec.title());
    root.put("y_label", spec.yLabel());
    root.put("unit", yUnit);
    if (method != null) {
      root.put("method", method);
    }
    root.put("log", spec.logScale());
    root.put("legend", spec.legend());
    root.put("theme", spec.theme().key());
    ArrayNode x = root.putArray("x");
    spec.xLabels().forEach(x::add);
    ArrayNode out = root.putArray("series");
    for (SeriesData s : series) {
      ObjectNode o = out.addObject();
      o.put("name", s.name());
      o.put("color", s.color());
      ArrayNode pts = o.putArray("points");
      for (PointData p : s.points()) {
        ObjectNode q = pts.addObject();
        q.put("x", p.x());
        q.put("value", p.value());
        q.put("low", p.low());
        q.put("high", p.high());
        q.put("count", p.count());
        q.put("denominator", p.denominator());
        q.put("drill", p.drill());
      }
    }
    return root.toString();
  }

  /** One row per point with a value: series, x, value, interval, count, denominator. */
  public String csv() {
    List<List<Object>> rows = new ArrayList<>();
    for (SeriesData s : series) {
      for (PointData p : s.points()) {
        if (p.value() != null) {
          rows.add(Arrays.asList(s.name(), p.x(), num(p.value()), num(p.low()), num(p.high()), p.count(),
              p.denominator()));
        }
      }
    }
    return CsvExport.write(List.of("series", "x", "value", "low", "high", "count", "denominator"), rows);
  }

  /** Four decimals at most, trailing zeros dropped (33.333, 75); null stays an empty cell. */
  private static BigDecimal num(Double d) {
    return d == null ? null
        : new BigDecimal(String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", ""));
  }
}
