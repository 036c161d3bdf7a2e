package dev.framewatch.demosite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.CrawlState;

/** One crawl of a fresh demo site by a real crawler, configured as for the demo, keeping no state. */
public final class DemoCrawl {
  private DemoCrawl() {}

  /**
   * Crawls {@code source} and checks that the site served its {@code scriptedFailures} and that each was retried once: the
   * site served one request more than the crawl counted pages, per failure.
   */
  public static CrawlSummary retryingEach(DemoCorpus corpus, String source, RecordSink sink, int scriptedFailures) {
    try (DemoSite site = DemoSite.start(corpus)) {
      Settings settings = site.configure(Settings.defaults()).with("http.max-requests-per-second", 1000.0);
      CrawlSummary summary = Sources.crawler(settings, source, sink, CrawlState.none()).crawl(null);
      assertEquals(scriptedFailures, site.scriptedFailuresServed());
      assertEquals(summary.pagesFetched() + scriptedFailures, site.requestsServed(source));
      return summary;
    }
  }
}
