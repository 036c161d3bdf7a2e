package dev.framewatch.app.cli;

import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.app.Framewatch;
import dev.framewatch.app.Pipeline;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.dashboard.DashboardServer;
import dev.framewatch.index.indexer.IndexRun;
import dev.framewatch.index.indexer.Indexer;
import picocli.CommandLine.Command;

/**
 * {@code framewatch run}: the long-running service. Kafka (embedded unless configured), the indexer following the topics, and the
 * dashboard; stops cleanly (final index commit) on Ctrl-C or SIGTERM.
 */
@Command(name = "run", description = "Run the indexer and the dashboard until stopped.")
public final class RunCommand extends FramewatchCommand {
  @Override
  public Integer call() throws Exception {
    Settings settings = settings();
    try (ShutdownSignal signal = ShutdownSignal.install();
        EmbeddedBroker.Handle kafka = KafkaAccess.open(settings);
        Indexer indexer = Pipeline.indexer(settings, kafka.bootstrapServers());
        IndexShareService shares = new IndexShareService(settings.indexDir());
        DashboardServer server = DashboardServer.start(settings.dashboardBind(), settings.dashboardPort(), shares, "")) {
      out().println("kafka: " + kafka.bootstrapServers());
      out().println("dashboard: " + server.url());
      out().flush();
      IndexRun run = indexer.runUntil(signal::requested);
      out().println(Pipeline.describe(run));
      return Framewatch.EXIT_OK;
    }
  }
}
