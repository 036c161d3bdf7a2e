package dev.framewatch.app.demo;

import dev.framewatch.app.Sources;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.CrawlState;

/**
 * One crawl of a fresh demo site by a real crawler, as configured for the demo (no state kept), and what the site saw of it.
 *
 * @param scriptedFailures the scripted failures the site served (each is retried)
 * @param requests the requests the site served for the source, retries included
 */
record DemoCrawl(CrawlSummary summary, int scriptedFailures, int requests) {
  static DemoCrawl of(DemoCorpus corpus, String source, RecordSink sink) {
    try (DemoSite site = DemoSite.start(corpus)) {
      Settings settings = site.configure(Settings.defaults()).with("http.max-requests-per-second", 1000.0);
      CrawlSummary summary = Sources.crawler(settings, source, sink, CrawlState.none()).crawl(null);
      return new DemoCrawl(summary, site.scriptedFailuresServed(), site.requestsServed(source));
    }
  }
}
