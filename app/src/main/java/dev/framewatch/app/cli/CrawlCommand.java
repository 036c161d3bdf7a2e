package dev.framewatch.app.cli;

import dev.framewatch.app.Framewatch;
import dev.framewatch.app.Pipeline;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlSummary;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code framewatch crawl SOURCE...}: crawl once now, with progress and a summary. */
@Command(name = "crawl", description = "Crawl sources once now and publish what they hold to Kafka.")
public final class CrawlCommand extends FramewatchCommand {
  @Parameters(arity = "1..*", paramLabel = "SOURCE", completionCandidates = Sources.Names.class,
      description = "${COMPLETION-CANDIDATES}")
  List<String> sources;

  /** Crawling once is what this command does; the flag stays so that scripts written with it keep working. */
  @Option(names = "--once", description = "Crawl once now: the default, and all this command does "
      + "(crawling on a schedule is `framewatch run`).")
  boolean once;

  @Override
  public Integer call() {
    for (String source : sources) {
      if (!Sources.names().contains(source)) {
        throw new IllegalArgumentException("crawl: " + Sources.unknown(source));
      }
    }
    Settings settings = settings();
    try (EmbeddedBroker.Handle kafka = KafkaAccess.open(settings)) {
      for (String source : sources) {
        CrawlSummary summary;
        try (Progress progress = new Progress(source, "records", 0, err())) {
          summary = Pipeline.crawlOnce(settings, kafka.bootstrapServers(), source,
              page -> progress.advanceTo(page.totalRecords()));
        }
        out().println(summary);
      }
    }
    return Framewatch.EXIT_OK;
  }
}
