package dev.framewatch.analytics.share;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.stats.Interval;
import dev.framewatch.analytics.stats.Wilson;
import dev.framewatch.analytics.text.CsvExport;
import dev.framewatch.analytics.text.TextTable;
import dev.framewatch.core.json.Json;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders share counts as a text table, CSV or JSON. The JSON shape is a contract that scripts rely on (DESIGN.md): fields may be
 * added, never renamed.
 */
public final class ShareFormat {
  private ShareFormat() {}

  public enum Kind {
    TABLE, CSV, JSON;

    /** The name used on the command line ({@code --format csv}). */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Kind parse(String value) {
      for (Kind k : values()) {
        if (k.name().equalsIgnoreCase(value)) {
          return k;
        }
      }
      throw new IllegalArgumentException("--format '" + value + "': expected table, csv or json");
    }
  }

  public static String render(ShareCounts counts, Kind kind) {
    return switch (kind) {
      case TABLE -> table(counts);
      case CSV -> csv(counts);
      case JSON -> json(counts);
    };
  }

  /** The dimensions shown as group columns: the requested ones except framework, which every row carries. */
  static List<Dimension> groupDimensions(ShareCounts counts) {
    return counts.by().stream().filter(d -> d != Dimension.FRAMEWORK).toList();
  }

  public static String json(ShareCounts counts) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(jsonTree(counts));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The {@code share --format json} document as a tree, for callers that add fields before writing it once. */
  public static ObjectNode jsonTree(ShareCounts counts) {
    ObjectNode root = Json.mapper().createObjectNode();
    ObjectNode method = root.putObject("method");
    method.put("name", counts.methodName());
    method.put("version", counts.methodVersion());
    ArrayNode by = root.putArray("by");
    counts.by().forEach(d -> by.add(d.key()));
    if (counts.where() != null && !counts.where().isBlank()) {
      root.put("where", counts.where());
    }
    ArrayNode rows = root.putArray("rows");
    for (ShareRow r : counts.rows()) {
      ObjectNode o = rows.addObject();
      for (Dimension d : groupDimensions(counts)) {
        putValue(o, d.key(), r.group().get(d.key()));
      }
      o.put("framework", r.framework());
      o.put("count", r.count());
      if (r.weight() != r.count()) {
        o.put("weight", round(r.weight(), 6));
      }
      o.put("documents", r.documents());
      o.put("documents_any_framework", r.documentsAnyFramework());
      o.put("share", round(r.share(), 6));
      Interval ci = interval(r);
      o.put("share_low", round(ci.low(), 6));
      o.put("share_high", round(ci.high(), 6));
    }
    ArrayNode groups = root.putArray("groups");
    for (GroupSummary g : GroupSummary.of(counts)) {
      ObjectNode o = groups.addObject();
      ObjectNode values = o.putObject("group");
      g.group().forEach((k, v) -> putValue(values, k, v));
      o.put("documents", g.documents());
      o.put("documents_any_framework", g.documentsAnyFramework());
      putInterval(o, "coverage", g.coverage());
      if (g.ratio() != null) {
        putInterval(o, "pytorch_ratio", g.ratio());
      } else {
        o.putNull("pytorch_ratio");
      }
    }
    ObjectNode totals = root.putObject("totals");
    totals.put("documents", counts.matchingDocuments());
    totals.put("documents_any_framework", counts.matchingDocumentsAnyFramework());
    putInterval(totals, "coverage",
        Wilson.interval(counts.matchingDocumentsAnyFramework(), counts.matchingDocuments()));
    root.put("interval", "Wilson score, 95%");
    return root;
  }

  /** A dimension value: null when the document has none, years as numbers, everything else as text. */
  private static void putValue(ObjectNode o, String key, String v) {
    if (v == null || v.isEmpty()) {
      o.putNull(key);
    } else if (key.equals(Dimension.YEAR.key()) && v.matches("\\d{1,4}")) {
      o.put(key, Integer.parseInt(v));
    } else {
      o.put(key, v);
    }
  }

  /** A row's share with its Wilson 95% interval (documents naming any framework are the trials). */
  public static Interval interval(ShareRow r) {
    return Wilson.interval(Math.min(r.weight(), r.documentsAnyFramework()), r.documentsAnyFramework());
  }

  private static void putInterval(ObjectNode parent, String name, Interval i) {
    ObjectNode o = parent.putObject(name);
    o.put("value", round(i.estimate(), 6));
    o.put("low", round(i.low(), 6));
    o.put("high", round(i.high(), 6));
  }

  public static String csv(ShareCounts counts) {
    List<String> header = new ArrayList<>();
    groupDimensions(counts).forEach(d -> header.add(d.key()));
    header.addAll(List.of("framework", "count", "documents", "documents_any_framework", "share", "method", "share_low",
        "share_high", "weight"));
    List<List<Object>> rows = new ArrayList<>();
    for (ShareRow r : counts.rows()) {
      List<Object> cells = new ArrayList<>();
      groupDimensions(counts).forEach(d -> cells.add(r.group().getOrDefault(d.key(), "")));
      cells.add(r.framework());
      cells.add(r.count());
      cells.add(r.documents());
      cells.add(r.documentsAnyFramework());
      cells.add(round(r.share(), 6));
      cells.add(counts.methodName() + " " + counts.methodVersion());
      Interval ci = interval(r);
      cells.add(round(ci.low(), 6));
      cells.add(round(ci.high(), 6));
      cells.add(round(r.weight(), 6));
      rows.add(cells);
    }
    return CsvExport.write(header, rows);
  }

  public static String table(ShareCounts counts) {
    List<List<String>> rows = new ArrayList<>();
    for (ShareRow r : counts.rows()) {
      List<String> cells = groupCells(counts, r.group());
      cells.add(r.framework());
      cells.add(String.format(Locale.ROOT, "%,d", r.count()));
      cells.add(String.format(Locale.ROOT, "%.1f%%", 100 * r.share()));
      Interval ci = interval(r);
      cells.add(String.format(Locale.ROOT, "%.1f-%.1f", 100 * ci.low(), 100 * ci.high()));
      cells.add(String.format(Locale.ROOT, "%,d", r.documentsAnyFramework()));
      cells.add(String.format(Locale.ROOT, "%,d", r.documents()));
      rows.add(cells);
    }
    TextTable.Builder table = groupColumns(counts).left("framework");
    List.of("count", "share", "95% CI", "of (any fw)", "documents").forEach(table::right);
    StringBuilder sb = new StringBuilder(table.rule().build().render(rows));
    sb.append(String.format(Locale.ROOT, "method: %s %s; %,d documents, %,d naming a framework%s%n",
        counts.methodName(), counts.methodVersion(), counts.matchingDocuments(), counts.matchingDocumentsAnyFramework(),
        counts.where() == null || counts.where().isBlank() ? "" : "; where " + counts.where()));
    sb.append(groupTable(counts));
    return sb.toString();
  }

  /**
   * Per group: coverage and PyTorch/(PyTorch+TensorFlow), each with its interval; shares in the rows are among documents
   * naming any framework, so a reader must see how many documents that is of all.
   */
  static String groupTable(ShareCounts counts) {
    List<GroupSummary> groups = GroupSummary.of(counts);
    if (groups.isEmpty()) {
      return "";
    }
    List<List<String>> rows = new ArrayList<>();
    for (GroupSummary g : groups) {
      List<String> cells = groupCells(counts, g.group());
      cells.add(String.format(Locale.ROOT, "%.1f%%", 100 * g.coverage().estimate()));
      cells.add(String.format(Locale.ROOT, "%.1f-%.1f", 100 * g.coverage().low(), 100 * g.coverage().high()));
      if (g.ratio() == null) {
        cells.add("-");
        cells.add("-");
      } else {
        cells.add(String.format(Locale.ROOT, "%.1f%%", 100 * g.ratio().estimate()));
        cells.add(String.format(Locale.ROOT, "%.1f-%.1f", 100 * g.ratio().low(), 100 * g.ratio().high()));
      }
      rows.add(cells);
    }
    TextTable table = groupColumns(counts).right("coverage").right("95% CI").right("PT/(PT+TF)").right("95% CI ").rule()
        .build();
    return "\n" + table.render(rows)
        + "coverage: documents naming any framework / all documents; intervals: Wilson score, 95%\n";
  }

  /** The group columns of both tables, two blanks apart; a group without a value shows "-". */
  private static TextTable.Builder groupColumns(ShareCounts counts) {
    TextTable.Builder table = TextTable.builder().gap(2);
    groupDimensions(counts).forEach(d -> table.left(d.key()));
    return table;
  }

  private static List<String> groupCells(ShareCounts counts, Map<String, String> group) {
    List<String> cells = new ArrayList<>();
    groupDimensions(counts).forEach(d -> {
      String v = group.getOrDefault(d.key(), "");
      cells.add(v.isEmpty() ? "-" : v);
    });
    return cells;
  }

  static BigDecimal round(double v, int places) {
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
