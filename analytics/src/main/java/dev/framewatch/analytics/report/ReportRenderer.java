package dev.framewatch.analytics.report;

import dev.framewatch.analytics.chart.SvgChart;
import dev.framewatch.analytics.text.CsvExport;
import java.util.List;

/** A report as a self-contained HTML page (inline SVG charts, no scripts, no external references), Markdown and CSV. */
public final class ReportRenderer {
  private ReportRenderer() {}

  public static String html(WeeklyReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>framewatch weekly report ")
        .append(escape(r.week())).append("</title>\n<style>")
        .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}")
        .append("table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.2rem .5rem}")
        .append("td{text-align:right}td:first-child,th:first-child{text-align:left}.meta{color:#555}")
        .append("</style></head><body>\n");
    sb.append("<h1>framewatch weekly report, ").append(escape(r.week())).append("</h1>\n");
    sb.append("<p class=\"meta\">").append(escape(meta(r))).append("</p>\n");
    sb.append("<h2>Findings</h2>\n<ul class=\"findings\">\n");
    for (ReportFindings.Finding f : ReportFindings.of(r)) {
      sb.append("<li>").append(escape(f.text())).append(" <a href=\"").append(escape(f.link())).append("\">chart</a></li>\n");
    }
    sb.append("</ul>\n");
    sb.append("<h2>PyTorch vs TensorFlow by kind of evidence</h2>\n").append(SvgChart.element(ReportCharts.ratioByKind(r)))
        .append('\n');
    sb.append("<h2>Combined index</h2>\n").append(SvgChart.element(ReportCharts.combined(r))).append('\n');
    for (ReportTable t : ReportTable.of(r)) {
      sb.append("<h2>").append(escape(t.title())).append("</h2>\n");
      if (t.rows().isEmpty()) {
        sb.append("<p>No data.</p>\n");
        continue;
      }
      sb.append("<table><thead><tr>");
      t.header().forEach(h -> sb.append("<th>").append(escape(h)).append("</th>"));
      sb.append("</tr></thead><tbody>\n");
      for (List<String> row : t.rows()) {
        sb.append("<tr>");
        row.forEach(c -> sb.append("<td>").append(escape(c)).append("</td>"));
        sb.append("</tr>\n");
      }
      sb.append("</tbody></table>\n");
    }
    sb.append("<p class=\"meta\">Shares are among documents naming any framework; coverage is that number over all documents."
        + " Intervals: Wilson score 95% (changes: Newcombe's hybrid score).</p>\n</body></html>\n");
    return sb.toString();
  }

  public static String markdown(WeeklyReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# framewatch weekly report, ").append(r.week()).append("\n\n").append(meta(r)).append("\n\n");
    sb.append("## Findings\n\n");
    for (ReportFindings.Finding f : ReportFindings.of(r)) {
      sb.append("- ").append(markdownText(f.text())).append(" ([chart](").append(f.link()).append("))\n");
    }
    sb.append("\nCharts: `report.html` (inline SVG); links lead to the dashboard that serves this report.\n");
    for (ReportTable t : ReportTable.of(r)) {
      sb.append("\n## ").append(t.title()).append("\n\n");
      if (t.rows().isEmpty()) {
        sb.append("No data.\n");
        continue;
      }
      sb.append("| ").append(String.join(" | ", t.header().stream().map(ReportRenderer::cell).toList())).append(" |\n");
      sb.append("|").append("---|".repeat(t.header().size())).append('\n');
      for (List<String> row : t.rows()) {
        sb.append("| ").append(String.join(" | ", row.stream().map(ReportRenderer::cell).toList())).append(" |\n");
      }
    }
    return sb.toString();
  }

  /**
   * One CSV per table. The cells are text formatted for reading ("75.0%", "+1.2 pt"), so each is guarded like any text cell
   * (see {@link CsvExport}): a spreadsheet shows "'+1.2 pt" rather than trying to compute it.
   */
  public static String csv(ReportTable t) {
    return CsvExport.write(t.header(), t.rows());
  }

  static String meta(WeeklyReport r) {
    return "Week " + r.week() + " (compared with " + r.previousWeek() + "); method " + r.method() + "; "
        + r.byKind().matchingDocuments() + " documents, " + r.byKind().matchingDocumentsAnyFramework()
        + " naming a framework; generated " + r.generatedAt() + ".";
  }

  /** HTML text escaping, shared with the dashboard so report and pages escape alike. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Markdown prose: only what a renderer could take for HTML is escaped (an apostrophe stays one). */
  static String markdownText(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
  }

  /** Markdown table cell: pipes and line breaks would break the table; angle brackets would be HTML to some renderers. */
  static String cell(String s) {
    return escape(s).replace("|", "\\|").replace("\n", " ");
  }
}
