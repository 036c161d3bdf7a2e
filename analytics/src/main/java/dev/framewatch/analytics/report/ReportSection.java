package dev.framewatch.analytics.report;

import java.util.Map;

/**
 * A section a report carries besides its share tables, added by whoever measures it (the adoption signals): its HTML (charts
 * inline, no scripts), its Markdown, and its CSV files by name without {@code .csv}.
 */
public interface ReportSection {
  String html();

  String markdown();

  Map<String, String> csvFiles();
}
