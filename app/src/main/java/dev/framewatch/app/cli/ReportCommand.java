package dev.framewatch.app.cli;

import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.app.Framewatch;
import dev.framewatch.app.Pipeline;
import dev.framewatch.core.settings.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code framewatch report [--week YYYY-Www] [--out DIR]}: the weekly report as HTML (inline SVG), Markdown and CSV. */
@Command(name = "report", description = "Write the weekly report (HTML with inline charts, Markdown, CSV).")
public final class ReportCommand extends FramewatchCommand {
  @Option(names = "--week", paramLabel = "YYYY-Www",
      description = "ISO week to report on (default: the week of the newest evidence in the index).")
  String week;

  @Option(names = "--out", paramLabel = "DIR", description = "Directory to write into (default: <data.dir>/reports).")
  Path out;

  @Override
  public Integer call() {
    if (week != null) {
      dev.framewatch.analytics.report.WeeklyReportBuilder.checkWeek(week); // a usage error before anything is opened
    }
    Settings settings = settings();
    try (IndexShareService shares = new IndexShareService(settings.indexDir())) {
      Path dir = Pipeline.writeReport(settings, shares, week, out);
      out().println("report: " + dir.resolve("report.html"));
      return Framewatch.EXIT_OK;
    }
  }
}
