package dev.framewatch.app.cli;

import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.app.Framewatch;
import dev.framewatch.app.Pipeline;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.dashboard.DashboardServer;
import dev.framewatch.index.indexer.IndexRun;
import dev.framewatch.index.indexer.Indexer;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.schedule.CrawlScheduler;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code framewatch run}: the long-running service. Kafka (embedded unless configured), the crawl schedules (Quartz, one job per
 * source on {@code sources.<source>.schedule}), the indexer following the topics, and the dashboard; stops cleanly (a running crawl
 * finishes, the index commits) on Ctrl-C or SIGTERM.
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
        CrawlScheduler scheduler = CrawlScheduler.open(settings.dirs().scheduler(), schedules(settings),
            job -> runJob(settings, kafka.bootstrapServers(), shares, job));
        DashboardServer server = DashboardWiring.start(settings, settings.dashboardPort(), shares, "",
            crawlActions(scheduler), kafka.bootstrapServers())) {
      scheduler.start();
      out().println("kafka: " + kafka.bootstrapServers());
      scheduler.describe().forEach((source, when) -> out().println("crawl " + source + ": " + when));
      out().println("dashboard: " + server.url());
      out().flush();
      IndexRun run = indexer.runUntil(signal::requested);
      out().println(Pipeline.describe(run));
      return Framewatch.EXIT_OK;
    }
  }

  /**
   * The dashboard's {@code crawl-<source>} write actions (admin token required): each runs that source's scheduled job now,
   * in the background, never beside a run of it already going.
   */
  static Map<String, java.util.function.Supplier<String>> crawlActions(CrawlScheduler scheduler) {
    Map<String, java.util.function.Supplier<String>> out = new LinkedHashMap<>();
    for (String source : Sources.names()) {
      out.put("crawl-" + source, () -> {
        scheduler.triggerNow(source);
        return "crawl of " + source + " started; /api/sources shows it when it ends";
      });
    }
    return out;
  }

  /** The job the weekly report runs as, beside one crawl job per source (same Quartz store, same misfire rule). */
  static final String REPORT_JOB = "report";

  static Map<String, String> schedules(Settings settings) {
    Map<String, String> out = new LinkedHashMap<>();
    Sources.names().forEach(source -> out.put(source, settings.sourceSchedule(source)));
    out.put(REPORT_JOB, settings.reportSchedule());
    return out;
  }

  /** A scheduled job: a source's crawl, or the weekly report (which fetches nothing: its summary is all zeros). */
  private static dev.framewatch.ingest.crawl.CrawlSummary runJob(Settings settings, String bootstrapServers,
      IndexShareService shares, String job) {
    if (job.equals(REPORT_JOB)) {
      java.nio.file.Path dir = Pipeline.writeReport(settings, shares, null, null);
      org.slf4j.LoggerFactory.getLogger(RunCommand.class).info("weekly report written to {}", dir);
      return new dev.framewatch.ingest.crawl.CrawlSummary(REPORT_JOB, 0, 0, 0, 0);
    }
    return Pipeline.crawlOnce(settings, bootstrapServers, job, CrawlListener.NONE);
  }
}
