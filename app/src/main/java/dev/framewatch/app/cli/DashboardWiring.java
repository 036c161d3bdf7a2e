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
    return start(settings, port, shares, banner, Map.of(), null);
  }

  /**
   * @param more write actions beyond writing the report, e.g. {@code crawl-papers} where a scheduler runs
   * @param bootstrapServers the broker to measure the index's consumer lag against; null for none
   */
  static DashboardServer start(Settings settings, int port, IndexShareService shares, String banner,
      Map<String, Supplier<String>> more, String bootstrapServers) {
    Map<String, Supplier<String>> actions = new java.util.TreeMap<>(more);
    actions.put("report", () -> "written " + Pipeline.writeReport(settings, shares, null, null).getFileName());
    DashboardData data = new DashboardData(shares, new DocumentSearch(Pipeline.detector(settings), Vocabulary.standard()),
        Vocabulary.standard(), settings.dataDir(), banner, settings.dashboardAdminToken(), actions,
        bootstrapServers == null ? null : consumerLag(settings, bootstrapServers));
    return DashboardServer.start(settings.dashboardBind(), port, data);
  }

  /** The lag {@code stats} reports, asked of the brokers at most every 10 s however often {@code /metrics} is scraped. */
  static java.util.function.LongSupplier consumerLag(Settings settings, String bootstrapServers) {
    long[] cached = {0, Long.MIN_VALUE}; // value, nanoTime read
    return () -> {
      synchronized (cached) {
        long now = System.nanoTime();
        if (cached[1] == Long.MIN_VALUE || now - cached[1] > 10_000_000_000L) {
          cached[0] = StatsCommand.compute(bootstrapServers, dev.framewatch.app.kafka.KafkaAccess.topics(settings),
              dev.framewatch.index.IndexInfo.read(settings.indexDir())).lag();
          cached[1] = now;
        }
        return cached[0];
      }
    };
  }
}
