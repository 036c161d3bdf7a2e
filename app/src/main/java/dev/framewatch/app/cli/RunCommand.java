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
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code framewatch run}: the long-running service. Kafka (embedded unless configured), the crawl schedules (Quartz, one job per
 * source on {@code sources.<source>.schedule}; clustered across workers on a shared {@code scheduler.jdbc-url}), the indexer
 * following the topics, and the dashboard; {@code --roles} picks which of crawl, index and serve this process runs. Stops
 * cleanly (a running crawl finishes, the index commits) on Ctrl-C or SIGTERM.
 */
@Command(name = "run", description = "Run the crawl schedules, the indexer and the dashboard until stopped.")
public final class RunCommand extends FramewatchCommand {
  @Option(names = "--roles", defaultValue = Roles.ALL, paramLabel = "ROLE[,ROLE...]",
      description = "What this process runs: crawl (the schedules), index (the indexer), serve (the dashboard). "
          + "Default: ${DEFAULT-VALUE}.")
  String roles = Roles.ALL;

  @Override
  public Integer call() throws Exception {
    Roles on;
    try {
      on = Roles.parse(roles);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Settings settings = settings();
    on.checkIndexFor(settings.indexDir());
    // Null resources (a role this process does not run) are skipped when closing.
    try (ShutdownSignal signal = ShutdownSignal.install();
        EmbeddedBroker.Handle kafka = on.needsKafka() ? KafkaAccess.open(settings) : null;
        Indexer indexer = on.index() ? Pipeline.indexer(settings, kafka.bootstrapServers()) : null;
        IndexShareService shares = new IndexShareService(settings.indexDir());
        RunSchedulers schedulers = RunSchedulers.open(settings, on,
            job -> runJob(settings, kafka == null ? null : kafka.bootstrapServers(), shares, job));
        DashboardServer server = on.serve() ? DashboardWiring.start(settings, settings.dashboardPort(), shares, "",
            schedulers.crawl() == null ? Map.of() : crawlActions(schedulers.crawl()), lagBroker(settings, kafka)) : null) {
      if (!on.equals(Roles.parse(Roles.ALL))) {
        out().println("roles: " + on);
      }
      if (kafka != null) {
        out().println("kafka: " + kafka.bootstrapServers());
      }
      schedulers.start();
      schedulers.describe().forEach((job, when) -> out().println(job + ": " + when));
      if (server != null) {
        out().println("dashboard: " + server.url());
      }
      out().flush();
      if (indexer != null) {
        IndexRun run = indexer.runUntil(signal::requested);
        out().println(Pipeline.describe(run));
      } else {
        signal.await();
      }
      return Framewatch.EXIT_OK;
    }
  }

  /** The broker the dashboard measures the index's lag against: this process's, else a configured one; null for none. */
  private static String lagBroker(Settings settings, EmbeddedBroker.Handle kafka) {
    if (kafka != null) {
      return kafka.bootstrapServers();
    }
    return settings.embeddedKafka() ? null : settings.kafkaBootstrapServers();
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

  /** A scheduled job: a source's crawl, or the weekly report (which fetches nothing: its summary is all zeros). */
  private static dev.framewatch.ingest.crawl.CrawlSummary runJob(Settings settings, String bootstrapServers,
      IndexShareService shares, String job) {
    if (job.equals(RunSchedulers.REPORT_JOB)) {
      java.nio.file.Path dir = Pipeline.writeReport(settings, shares, null, null);
      org.slf4j.LoggerFactory.getLogger(RunCommand.class).info("weekly report written to {}", dir);
      return new dev.framewatch.ingest.crawl.CrawlSummary(RunSchedulers.REPORT_JOB, 0, 0, 0, 0);
    }
    return Pipeline.crawlOnce(settings, bootstrapServers, job, CrawlListener.NONE);
  }
}
