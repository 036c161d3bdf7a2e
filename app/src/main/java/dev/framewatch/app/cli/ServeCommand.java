package dev.framewatch.app.cli;

import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.app.Framewatch;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.dashboard.DashboardServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code framewatch serve}: the dashboard and API over the current index, until interrupted. */
@Command(name = "serve", description = "Serve the dashboard and the HTTP API.")
public final class ServeCommand extends FramewatchCommand {
  @Option(names = "--port", paramLabel = "N", description = "Port (default dashboard.port; 0 = a free port).")
  Integer port;

  @Override
  public Integer call() throws Exception {
    Settings settings = settings();
    int p = port != null ? port : settings.dashboardPort();
    try (ShutdownSignal signal = ShutdownSignal.install();
        IndexShareService shares = new IndexShareService(settings.indexDir());
        DashboardServer server = DashboardWiring.start(settings, p, shares, "")) {
      out().println("dashboard: " + server.url());
      out().flush();
      signal.await();
      return Framewatch.EXIT_OK;
    }
  }
}
