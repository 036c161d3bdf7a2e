package dev.framewatch.dashboard.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.chart.ChartSpec;
import dev.framewatch.analytics.chart.DateTicks;
import dev.framewatch.analytics.chart.Palette;
import dev.framewatch.analytics.chart.XPositions;
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

  /**
   * One line: its points in x order (a point with a null value is a gap).
   *
   * @param group the value of the view's split the line belongs to (the kind, on the overview's small multiples), or null
   */
  public record SeriesData(String name, String color, List<PointData> points, String group) {
    public SeriesData {
      points = java.util.Collections.unmodifiableList(new ArrayList<>(points));
    }

    public SeriesData(String name, String color, List<PointData> points) {
      this(name, color, points, null);
    }
  }

  /**
   * @param count documents counted for the point's framework (or the star count)
   * @param denominator documents naming any framework in the point's group, or null (stars)
   * @param drill the {@code /documents?...} URL of the documents behind the point, or null
   * @param estimated the value was estimated (a star count from sampled pages of a large repository), not counted
   */
  public record PointData(String x, Double value, Double low, Double high, Long count, Long denominator, String drill,
      boolean estimated) {
    public PointData(String x, Double value, Double low, Double high, Long count, Long denominator, String drill) {
      this(x, value, low, high, count, denominator, drill, false);
    }
  }

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
    xAxis(root.putObject("x_axis"));
    ArrayNode out = root.putArray("series");
    for (int i = 0; i < series.size(); i++) {
      SeriesData s = series.get(i);
      ObjectNode o = out.addObject();
      o.put("name", s.name());
      o.put("color", s.color());
      if (s.group() != null) {
        o.put("group", s.group());
      }
      ArrayNode dash = o.putArray("dash");
      for (float d : Palette.dash(i)) {
        dash.add(d);
      }
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
        if (p.estimated()) {
          q.put("estimated", true);
        }
      }
    }
    return root.toString();
  }

  /**
   * Where the x labels sit, as the SVG and PNG draw them ({@link XPositions}): {@code kind} date (epoch days), number or
   * category; {@code at} per label; for dates the round-date {@code ticks} ({@link DateTicks}) that fit the chart's width.
   * The page's chart uses these, so its axis and the image's agree.
   */
  private void xAxis(ObjectNode axis) {
    XPositions xs = XPositions.of(spec.xLabels());
    axis.put("kind", xs.kind().name().toLowerCase(Locale.ROOT));
    ArrayNode at = axis.putArray("at");
    for (double v : xs.x()) {
      at.add((long) v);
    }
    if (xs.kind() == XPositions.Kind.DATE && xs.x().length > 0) {
      long lo = (long) java.util.Arrays.stream(xs.x()).min().getAsDouble();
      long hi = (long) java.util.Arrays.stream(xs.x()).max().getAsDouble();
      ArrayNode ticks = axis.putArray("ticks");
      for (DateTicks.Tick t : DateTicks.between(java.time.LocalDate.ofEpochDay(lo), java.time.LocalDate.ofEpochDay(hi),
          Math.max(1, (spec.width() - 100) / DateTicks.PIXELS_PER_TICK))) {
        ticks.addObject().put("at", t.day().toEpochDay()).put("label", t.label());
      }
    }
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
