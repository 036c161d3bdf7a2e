package dev.framewatch.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.github.GitHubCrawler;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.huggingface.HuggingFaceCrawler;
import dev.framewatch.ingest.jobs.JobsCrawler;
import dev.framewatch.ingest.papers.PapersCrawler;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a second crawl of an unchanged site costs: every source crawled twice against one demo site. The second run must
 * publish exactly the ids of the first (nothing new, nothing lost, so the compacted topics and the index are unchanged);
 * the requests it makes per new record are the figure conditional requests and cursors are meant to bring down.
 */
class DemoRecrawlIT {
  @Test
  void aSecondCrawlFindsNothingNewAndReportsWhatItCost() {
    Map<String, long[]> figures = new LinkedHashMap<>();
    try (DemoSite site = DemoSite.start(DemoCorpus.standard())) {
      Settings settings = site.configure(Settings.defaults()).with("http.max-requests-per-second", 1000.0)
          .with("sources.huggingface.page-size", 100);
      for (String source : List.of("papers", "jobs", "github", "huggingface")) {
        Set<String> first = new HashSet<>(crawl(source, settings).ids());
        int before = site.requestsServed(source);
        ListSink second = crawl(source, settings);
        int requests = site.requestsServed(source) - before;
        long fresh = second.ids().stream().filter(id -> !first.contains(id)).count();
        assertEquals(first, new HashSet<>(second.ids()), source + ": the same records, no more, no fewer");
        assertEquals(0, fresh);
        assertTrue(requests > 0);
        figures.put(source, new long[] {before, first.size(), requests, second.records.size(), fresh});
      }
    }
    StringBuilder sb = new StringBuilder("second crawl of an unchanged demo site:\n");
    figures.forEach((source, f) -> sb.append(String.format(Locale.ROOT,
        "  %-12s first run %5d requests for %5d records; second run %5d requests, %5d records republished, %d new%n",
        source, f[0], f[1], f[2], f[3], f[4])));
    System.out.print(sb);
  }

  private static ListSink crawl(String source, Settings settings) {
    ListSink sink = new ListSink();
    HttpFetcher fetcher = new HttpFetcher(settings);
    CrawlSummary summary;
    switch (source) {
      case "papers":
        summary = new PapersCrawler(fetcher, sink, settings).crawl(null);
        break;
      case "jobs":
        summary = new JobsCrawler(fetcher, sink, settings).crawl(null).summary();
        break;
      case "github":
        summary = new GitHubCrawler(fetcher, sink, settings).crawl(null);
        break;
      default:
        summary = new HuggingFaceCrawler(fetcher, sink, settings).crawl(null);
    }
    assertEquals(summary.recordsPublished(), sink.records.size());
    return sink;
  }
}
