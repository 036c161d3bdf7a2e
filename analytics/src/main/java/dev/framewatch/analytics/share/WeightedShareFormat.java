package dev.framewatch.analytics.share;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.text.CsvExport;
import dev.framewatch.analytics.text.TextTable;
import dev.framewatch.core.json.Json;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.weight.WeightedShareRow;
import dev.framewatch.index.weight.WeightedShares;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders weighted shares ({@code share --weight downloads}) as a table, CSV or JSON. Each row carries the plain count and its
 * share beside the weighted ones, and the output names its weight and its interval method ({@code bootstrap-1000}), which is
 * not Wilson's: a share of downloads is not a count of independent trials.
 */
public final class WeightedShareFormat {
  private WeightedShareFormat() {}

  public static String render(WeightedShares s, ShareFormat.Kind kind) {
    return switch (kind) {
      case TABLE -> table(s);
      case CSV -> csv(s);
      case JSON -> json(s);
    };
  }

  private static List<Dimension> groupDimensions(WeightedShares s) {
    return s.by().stream().filter(d -> d != Dimension.FRAMEWORK).toList();
  }

  public static String json(WeightedShares s) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(jsonTree(s));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode jsonTree(WeightedShares s) {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode method = root.putObject("method");
    method.put("name", s.methodName());
    method.put("version", s.methodVersion());
    root.put("weight", s.weightField());
    ArrayNode by = root.putArray("by");
    s.by().forEach(d -> by.add(d.key()));
    if (s.where() != null && !s.where().isBlank()) {
      root.put("where", s.where());
    }
    String w = s.weightField();
    ArrayNode rows = root.putArray("rows");
    for (WeightedShareRow r : s.rows()) {
      ObjectNode o = rows.addObject();
      for (Dimension d : groupDimensions(s)) {
        String v = r.group().get(d.key());
        if (v == null || v.isEmpty()) {
          o.putNull(d.key());
        } else if (d == Dimension.YEAR && v.matches("\\d{1,4}")) {
          o.put(d.key(), Integer.parseInt(v));
        } else {
          o.put(d.key(), v);
        }
      }
      o.put("framework", r.framework());
      o.put("count", r.count());
      if (r.countWeight() != r.count()) {
        o.put("count_weight", ShareFormat.round(r.countWeight(), 6));
      }
      o.put("documents_any_framework", r.documentsAnyFramework());
      o.put("count_share", ShareFormat.round(r.countShare(), 6));
      o.put(w, amount(r.weight()));
      o.put(w + "_any_framework", amount(r.weightAnyFramework()));
      o.put("share", ShareFormat.round(r.share(), 6));
      o.put("share_low", ShareFormat.round(r.shareLow(), 6));
      o.put("share_high", ShareFormat.round(r.shareHigh(), 6));
    }
    ObjectNode totals = root.putObject("totals");
    totals.put("documents", s.matchingDocuments());
    totals.put("documents_any_framework", s.matchingDocumentsAnyFramework());
    totals.put(w, amount(s.totalWeight()));
    totals.put(w + "_any_framework", amount(s.totalWeightAnyFramework()));
    root.put("interval", s.interval());
    root.put("interval_method", "percentile bootstrap over documents, 95%, " + s.resamples() + " resamples, seeded per group");
    return root;
  }

  /** A weight as written: downloads are whole numbers (not {@code 9.1E+3}); a fractional method's halves keep 6 places. */
  static java.math.BigDecimal amount(double v) {
    java.math.BigDecimal d = ShareFormat.round(v, 6);
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  public static String csv(WeightedShares s) {
    String w = s.weightField();
    List<String> header = new ArrayList<>();
    groupDimensions(s).forEach(d -> header.add(d.key()));
    header.addAll(List.of("framework", "count", "documents_any_framework", "count_share", w, w + "_any_framework", "share",
        "share_low", "share_high", "method", "interval"));
    List<List<Object>> rows = new ArrayList<>();
    for (WeightedShareRow r : s.rows()) {
      List<Object> cells = new ArrayList<>();
      groupDimensions(s).forEach(d -> cells.add(r.group().getOrDefault(d.key(), "")));
      cells.add(r.framework());
      cells.add(r.count());
      cells.add(r.documentsAnyFramework());
      cells.add(ShareFormat.round(r.countShare(), 6));
      cells.add(amount(r.weight()).toPlainString());
      cells.add(amount(r.weightAnyFramework()).toPlainString());
      cells.add(ShareFormat.round(r.share(), 6));
      cells.add(ShareFormat.round(r.shareLow(), 6));
      cells.add(ShareFormat.round(r.shareHigh(), 6));
      cells.add(s.methodName() + " " + s.methodVersion());
      cells.add(s.interval());
      rows.add(cells);
    }
    return CsvExport.write(header, rows);
  }

  public static String table(WeightedShares s) {
    List<List<String>> rows = new ArrayList<>();
    for (WeightedShareRow r : s.rows()) {
      List<String> cells = new ArrayList<>();
      groupDimensions(s).forEach(d -> {
        String v = r.group().getOrDefault(d.key(), "");
        cells.add(v.isEmpty() ? "-" : v);
      });
      cells.add(r.framework());
      cells.add(String.format(Locale.ROOT, "%,d", r.count()));
      cells.add(String.format(Locale.ROOT, "%.1f%%", 100 * r.countShare()));
      cells.add(String.format(Locale.ROOT, "%,.0f", r.weight()));
      cells.add(String.format(Locale.ROOT, "%.1f%%", 100 * r.share()));
      cells.add(String.format(Locale.ROOT, "%.1f-%.1f", 100 * r.shareLow(), 100 * r.shareHigh()));
      rows.add(cells);
    }
    TextTable.Builder table = TextTable.builder().gap(2);
    groupDimensions(s).forEach(d -> table.left(d.key()));
    table.left("framework");
    List.of("count", "count share", s.weightField(), "share", "95% CI").forEach(table::right);
    return table.rule().build().render(rows)
        + String.format(Locale.ROOT, "method: %s %s; weighted by %s; %,d documents with %s, %,d naming a framework%s%n",
            s.methodName(), s.methodVersion(), s.weightField(), s.matchingDocuments(), s.weightField(),
            s.matchingDocumentsAnyFramework(), s.where() == null || s.where().isBlank() ? "" : "; where " + s.where())
        + "share: the framework's " + s.weightField() + " / " + s.weightField() + " of documents naming any framework; "
        + "interval: " + s.interval() + " (percentile bootstrap over documents, 95%, seeded)\n";
  }
}
