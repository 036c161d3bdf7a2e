package dev.framewatch.analytics.trend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.stats.Interval;
import dev.framewatch.analytics.text.CsvExport;
import dev.framewatch.analytics.text.TextTable;
import dev.framewatch.core.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Trends and the combined index as a text table, CSV or JSON. */
public final class TrendFormat {
  private TrendFormat() {}

  /**
   * @param bySeries changes per series (e.g. per kind)
   * @param overall changes over all documents (empty series)
   * @param combined the combined index, empty when not computed
   */
  public record Trends(String method, String period, List<Trend> bySeries, List<Trend> overall,
      List<CombinedIndex.Point> combined, Map<String, Double> weights) {}

  public static String render(Trends t, ShareFormat.Kind kind) {
    return switch (kind) {
      case TABLE -> table(t);
      case CSV -> csv(t);
      case JSON -> json(t);
    };
  }

  static String table(Trends t) {
    List<List<String>> rows = new ArrayList<>();
    for (Trend x : all(t)) {
      rows.add(List.of(series(x), x.framework(), x.from(), x.to(),
          String.format(Locale.ROOT, "%.1f%%", 100 * x.shareFrom()), String.format(Locale.ROOT, "%.1f%%", 100 * x.shareTo()),
          String.format(Locale.ROOT, "%+.1f", 100 * x.change().estimate()),
          String.format(Locale.ROOT, "%+.1f to %+.1f%s", 100 * x.change().low(), 100 * x.change().high(),
              x.significant() ? "  *" : "")));
    }
    // Minimum widths keep the layout of a table of short names and small figures the same from run to run.
    TextTable changes = TextTable.builder().left("series", 14).left("framework", 12).left("from", 9).left("to", 9)
        .right("share", 8).right("share", 8).right("change", 8).gap(2).left("95% CI (points)").build();
    StringBuilder sb = new StringBuilder(changes.render(rows));
    sb.append("method: ").append(t.method()).append("; * = the interval of the change leaves out 0 (Newcombe, 95%)\n");
    if (!t.combined().isEmpty()) {
      sb.append("\ncombined index (weights ").append(t.weights()).append("; kinds without data in a period left out)\n");
      List<List<String>> points = new ArrayList<>();
      for (CombinedIndex.Point p : t.combined()) {
        points.add(List.of(p.period(), p.framework(), String.format(Locale.ROOT, "%.1f%%", 100 * p.share().estimate()),
            String.format(Locale.ROOT, "%5.1f-%5.1f", 100 * p.share().low(), 100 * p.share().high()), weights(p.kinds())));
      }
      sb.append(TextTable.builder().withoutHeader().left("period", 9).left("framework", 12).right("share", 7).gap(2)
          .right("95% CI").left("weights").build().render(points));
    }
    return sb.toString();
  }

  static String csv(Trends t) {
    List<List<Object>> rows = new ArrayList<>();
    for (Trend x : all(t)) {
      rows.add(List.of(series(x), x.framework(), x.from(), x.to(), round(x.shareFrom()), x.trialsFrom(), round(x.shareTo()),
          x.trialsTo(), round(x.change().estimate()), round(x.change().low()), round(x.change().high()), t.method()));
    }
    return CsvExport.write(List.of("series", "framework", "from", "to", "share_from", "trials_from", "share_to", "trials_to",
        "change", "change_low", "change_high", "method"), rows);
  }

  /** The changes per series, then overall. */
  private static List<Trend> all(Trends t) {
    List<Trend> all = new ArrayList<>(t.bySeries());
    all.addAll(t.overall());
    return all;
  }

  static String json(Trends t) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("method", t.method());
    root.put("period", t.period());
    ArrayNode changes = root.putArray("changes");
    for (Trend x : all(t)) {
      ObjectNode o = changes.addObject();
      ObjectNode s = o.putObject("series");
      x.series().forEach(s::put);
      o.put("framework", x.framework());
      o.put("from", x.from());
      o.put("to", x.to());
      o.put("share_from", round(x.shareFrom()));
      o.put("trials_from", x.trialsFrom());
      o.put("share_to", round(x.shareTo()));
      o.put("trials_to", x.trialsTo());
      put(o, "change", x.change());
      o.put("significant", x.significant());
    }
    ObjectNode combined = root.putObject("combined_index");
    ObjectNode weights = combined.putObject("weights");
    t.weights().forEach(weights::put);
    ArrayNode points = combined.putArray("points");
    for (CombinedIndex.Point p : t.combined()) {
      ObjectNode o = points.addObject();
      o.put("period", p.period());
      o.put("framework", p.framework());
      put(o, "share", p.share());
      ObjectNode kinds = o.putObject("weights_carried");
      p.kinds().forEach((k, w) -> kinds.put(k, round(w)));
    }
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(ObjectNode parent, String name, Interval i) {
    ObjectNode o = parent.putObject(name);
    o.put("value", round(i.estimate()));
    o.put("low", round(i.low()));
    o.put("high", round(i.high()));
  }

  private static String weights(Map<String, Double> kinds) {
    List<String> parts = new ArrayList<>();
    kinds.forEach((k, w) -> parts.add(k + " " + String.format(Locale.ROOT, "%.2f", w)));
    return String.join(", ", parts);
  }

  private static String series(Trend x) {
    return x.series().isEmpty() ? "all" : String.join("/", x.series().values());
  }

  private static BigDecimal round(double v) {
    return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
