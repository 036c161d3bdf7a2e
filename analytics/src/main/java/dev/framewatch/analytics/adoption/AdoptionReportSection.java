package dev.framewatch.analytics.adoption;

import dev.framewatch.analytics.chart.SvgChart;
import dev.framewatch.analytics.report.ReportRenderer;
import dev.framewatch.analytics.report.ReportSection;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The weekly report's adoption section: per signal with values, its chart over every month measured, a table of the last
 * {@value #TABLE_MONTHS} months (month by framework) and its method, kept apart from the mention shares above it; and the
 * signal's rows as {@code adoption-<signal>.csv}. Signals without values (not crawled, or not built yet) are left out, so a
 * report without adoption data is the report it always was.
 */
public record AdoptionReportSection(AdoptionSignal signal, List<AdoptionRow> rows) implements ReportSection {
  static final int TABLE_MONTHS = 6;

  public AdoptionReportSection {
    rows = List.copyOf(rows);
  }

  /** The sections of every signal with values in the index at {@code indexDir}. */
  public static List<ReportSection> of(Path indexDir) {
    AdoptionService service = AdoptionService.over(indexDir);
    List<ReportSection> out = new ArrayList<>();
    for (AdoptionSignal s : AdoptionSignal.values()) {
      if (!service.available(s)) {
        continue;
      }
      List<AdoptionRow> rows = service.rows(AdoptionQuery.all(s));
      if (!rows.isEmpty()) {
        out.add(new AdoptionReportSection(s, rows));
      }
    }
    return out;
  }

  @Override
  public String html() {
    StringBuilder sb = new StringBuilder();
    sb.append("<h2>").append(ReportRenderer.escape("Adoption: " + signal.title())).append("</h2>\n");
    sb.append(SvgChart.element(AdoptionChart.spec(signal, rows))).append('\n');
    List<List<String>> table = table();
    sb.append("<table><thead><tr>");
    table.get(0).forEach(h -> sb.append("<th>").append(ReportRenderer.escape(h)).append("</th>"));
    sb.append("</tr></thead><tbody>\n");
    for (List<String> row : table.subList(1, table.size())) {
      sb.append("<tr>");
      row.forEach(c -> sb.append("<td>").append(ReportRenderer.escape(c)).append("</td>"));
      sb.append("</tr>\n");
    }
    sb.append("</tbody></table>\n<p class=\"meta\">").append(ReportRenderer.escape(note())).append("</p>\n");
    return sb.toString();
  }

  @Override
  public String markdown() {
    StringBuilder sb = new StringBuilder("## Adoption: ").append(signal.title()).append("\n\n");
    List<List<String>> table = table();
    sb.append("| ").append(String.join(" | ", table.get(0))).append(" |\n");
    sb.append("|").append("---|".repeat(table.get(0).size())).append('\n');
    for (List<String> row : table.subList(1, table.size())) {
      sb.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return sb.append('\n').append(note()).append('\n').toString();
  }

  @Override
  public Map<String, String> csvFiles() {
    return Map.of("adoption-" + signal.key(), AdoptionFormat.csv(rows));
  }

  private String note() {
    boolean incomplete = rows.stream().anyMatch(AdoptionRow::incomplete);
    return signal.method() + "." + (incomplete ? " * incomplete: the source said its count may be short." : "")
        + " Adoption is measured apart from the mention shares above.";
  }

  /** Header, then the last months measured, newest first: month, then one column per framework. */
  List<List<String>> table() {
    Set<String> frameworks = new LinkedHashSet<>();
    TreeMap<YearMonth, Map<String, AdoptionRow>> byMonth = new TreeMap<>();
    for (AdoptionRow r : rows) {
      frameworks.add(r.framework());
      byMonth.computeIfAbsent(r.month(), m -> new TreeMap<>()).put(r.framework(), r);
    }
    List<List<String>> out = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("month");
    header.addAll(frameworks);
    out.add(header);
    int n = 0;
    for (Map.Entry<YearMonth, Map<String, AdoptionRow>> m : byMonth.descendingMap().entrySet()) {
      if (n++ == TABLE_MONTHS) {
        break;
      }
      List<String> line = new ArrayList<>();
      line.add(m.getKey().toString());
      for (String f : frameworks) {
        AdoptionRow r = m.getValue().get(f);
        line.add(r == null ? "-" : String.format(Locale.ROOT, "%,d", r.value()) + (r.incomplete() ? "*" : ""));
      }
      out.add(line);
    }
    return out;
  }
}
