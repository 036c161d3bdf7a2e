package dev.framewatch.app.cli;

import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.app.Pipeline;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.DashboardServer;
import dev.framewatch.index.search.DocumentSearch;
import java.util.Map;
import java.util.function.Supplier;

/** Starts the dashboard the same way for {@code serve}, {@code run} and {@code demo}. */
final class DashboardWiring {
  private DashboardWiring() {}

  static DashboardServer start(Settings settings, int port, IndexShareService shares, String banner) {
    return start(settings, port, shares, banner, Map.of());
  }

  /**
   * @param more write actions beyond writing the report, e.g. {@code crawl-papers} where a scheduler runs
   */
  static DashboardServer start(Settings settings, int port, IndexShareService shares, String banner,
      Map<String, Supplier<String>> more) {
    Map<String, Supplier<String>> actions = new java.util.TreeMap<>(more);
    actions.put("report", () -> "written " + Pipeline.writeReport(settings, shares, null, null).getFileName());
    DashboardData data = new DashboardData(shares, new DocumentSearch(Pipeline.detector(settings), Vocabulary.standard()),
        Vocabulary.standard(), settings.dataDir(), banner, settings.dashboardAdminToken(), actions);
    return DashboardServer.start(settings.dashboardBind(), port, data);
  }
}
