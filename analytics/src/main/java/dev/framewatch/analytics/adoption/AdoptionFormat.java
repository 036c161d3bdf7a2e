package dev.framewatch.analytics.adoption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.text.CsvExport;
import dev.framewatch.analytics.text.TextTable;
import dev.framewatch.core.json.Json;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code framewatch adoption} output, the same rows as {@code /api/adoption}: JSON
 * {@code {"signal": ..., "method": ..., "rows": [{"month": "2024-01", "framework": "pytorch", "value": 1234,
 * "incomplete": false}, ...]}}, CSV with one line per row, and a table with a line per month and a column per framework (an
 * incomplete value marked {@code *}).
 */
public final class AdoptionFormat {
  private AdoptionFormat() {}

  public static String render(AdoptionSignal signal, List<AdoptionRow> rows, ShareFormat.Kind kind) {
    return switch (kind) {
      case TABLE -> table(signal, rows);
      case CSV -> csv(rows);
      case JSON -> json(signal, rows);
    };
  }

  public static ObjectNode jsonTree(AdoptionSignal signal, List<AdoptionRow> rows) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("signal", signal.key());
    root.put("title", signal.title());
    root.put("method", signal.method());
    ArrayNode out = root.putArray("rows");
    for (AdoptionRow r : rows) {
      out.addObject().put("month", r.month().toString()).put("framework", r.framework()).put("value", r.value())
          .put("incomplete", r.incomplete());
    }
    return root;
  }

  public static String json(AdoptionSignal signal, List<AdoptionRow> rows) {
    try {
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(jsonTree(signal, rows)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String csv(List<AdoptionRow> rows) {
    List<List<?>> lines = new ArrayList<>();
    for (AdoptionRow r : rows) {
      lines.add(List.of(r.month().toString(), r.framework(), r.value(), Boolean.toString(r.incomplete())));
    }
    return CsvExport.write(List.of("month", "framework", "value", "incomplete"), lines);
  }

  public static String table(AdoptionSignal signal, List<AdoptionRow> rows) {
    if (rows.isEmpty()) {
      return "no " + signal.key() + " values in the index (" + switch (signal) {
        case NEW_REPOS, NEW_PYTHON_REPOS -> "crawl GitHub with sources.github.adoption.enabled = true";
        case PAPER_CODE -> "crawl papers with sources.papers.code.enabled = true, then index";
        case MODEL_DOWNLOADS -> "crawl huggingface, then index";
      } + ")\n";
    }
    Set<String> frameworks = new LinkedHashSet<>();
    Map<YearMonth, Map<String, AdoptionRow>> byMonth = new TreeMap<>();
    for (AdoptionRow r : rows) {
      frameworks.add(r.framework());
      byMonth.computeIfAbsent(r.month(), m -> new TreeMap<>()).put(r.framework(), r);
    }
    TextTable.Builder b = TextTable.builder().gap(2).left("month");
    frameworks.forEach(b::right);
    List<List<String>> lines = new ArrayList<>();
    boolean anyIncomplete = false;
    for (Map.Entry<YearMonth, Map<String, AdoptionRow>> m : byMonth.entrySet()) {
      List<String> line = new ArrayList<>();
      line.add(m.getKey().toString());
      for (String f : frameworks) {
        AdoptionRow r = m.getValue().get(f);
        line.add(r == null ? "-" : String.format(Locale.ROOT, "%,d", r.value()) + (r.incomplete() ? "*" : ""));
        anyIncomplete |= r != null && r.incomplete();
      }
      lines.add(line);
    }
    StringBuilder sb = new StringBuilder(b.rule().build().render(lines));
    if (anyIncomplete) {
      sb.append("* incomplete: GitHub's search said its count may be short, even after retries\n");
    }
    sb.append(signal.key()).append(": ").append(signal.method()).append('\n');
    return sb.toString();
  }
}
