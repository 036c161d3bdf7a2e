package dev.framewatch.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoSite;
import dev.framewatch.demosite.github.DemoRepo;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a second, incremental crawl costs: every source crawled twice against one demo site, with the crawl state kept in
 * between. Before the first crawl the site holds back its 3 newest Hub models and each repository's 5 newest stars; before
 * the second it serves them, so those are new, while papers and jobs are unchanged. The second crawl must publish nothing
 * it published before, exactly the new models, and ask unchanged listings conditionally (304). Prints requests per new
 * record, the figure docs/crawling.md reports.
 */
class DemoRecrawlIT {
  private static final int NEW_MODELS = 3;
  private static final int NEW_STARS = 5;

  @TempDir Path dir;

  /** One crawl's outcome: its summary, what it published, and how many requests the site answered for it. */
  private record Run(CrawlSummary summary, CollectingSink sink, int requests) {}

  @Test
  void aSecondCrawlFetchesAndPublishesOnlyWhatIsNew() {
    Map<String, Run[]> runs = new LinkedHashMap<>();
    DemoCorpus corpus = DemoCorpus.standard();
    try (DemoSite site = DemoSite.start(corpus)) {
      Settings settings = site.configure(Settings.defaults()).with("http.max-requests-per-second", 1000.0)
          .with("sources.huggingface.page-size", 100);
      List<String> sources = List.of("papers", "jobs", "github", "huggingface");
      site.holdBack(NEW_MODELS, NEW_STARS);
      for (String source : sources) {
        runs.put(source, new Run[] {crawl(site, source, settings), null});
      }
      site.holdBack(0, 0);
      for (String source : sources) {
        runs.get(source)[1] = crawl(site, source, settings);
      }
    }

    // Nothing published twice: every id of a second run is new, or a new version of a record whose source changed.
    for (Map.Entry<String, Run[]> e : runs.entrySet()) {
      Set<String> first = new HashSet<>(e.getValue()[0].sink().ids());
      Run second = e.getValue()[1];
      assertEquals(second.sink().ids().size(), new HashSet<>(second.sink().ids()).size(), e.getKey() + ": no id twice");
      assertTrue(second.requests() < e.getValue()[0].requests(), e.getKey());
      if (!e.getKey().equals("github") && !e.getKey().equals("papers")) {
        assertTrue(second.sink().ids().stream().noneMatch(first::contains), e.getKey() + ": nothing republished");
      }
    }

    // Hugging Face: the first listing page (100 models, newest first) holds the 3 new models, then the newest known one.
    Run hf = runs.get("huggingface")[1];
    assertEquals(corpus.models().subList(0, NEW_MODELS).stream().map(m -> "hf:" + m.id()).toList(), hf.sink().ids());
    assertEquals(1, hf.requests());
    assertEquals(new CrawlSummary("huggingface", 1, NEW_MODELS, 0, 0, 0, 100 - NEW_MODELS, 0), hf.summary());

    // Jobs: nothing changed, every page is one 304 (the sitemap, 40 posting pages, 2 boards, 3 Lever pages); the HN search is
    // read again (200) and lists the 9 threads with the comment counts they had: none is fetched.
    Run jobs = runs.get("jobs")[1];
    assertEquals(new CrawlSummary("jobs", 47, 0, 0, 0, 46, 0, 0), jobs.summary());
    assertEquals(47, jobs.requests());

    // GitHub: every repository changed (its star count), so each repository page is read (7 records again), then only the
    // last stargazers page its exact count had read part of; the new stars fit on it. A snapshot is new for each day holding
    // one of the 5 new stars. huggingface/transformers's page 2 is always served truncated: its count never gets past it,
    // so that page is tried (and dead-lettered) again.
    List<String> expectedStars = new java.util.ArrayList<>();
    for (DemoRepo repo : corpus.repos()) {
      if (repo.truncatedPage() == 0) {
        List<java.time.Instant> all = repo.starredAt();
        all.subList(all.size() - NEW_STARS, all.size()).stream()
            .map(t -> "stars:" + repo.fullName() + ":" + java.time.LocalDate.ofInstant(t, java.time.ZoneOffset.UTC)).distinct()
            .forEach(expectedStars::add);
      }
    }
    Run github = runs.get("github")[1];
    int repos = corpus.repos().size();
    assertEquals(expectedStars, github.sink().ids().stream().filter(id -> id.startsWith("stars:")).toList());
    assertEquals(new CrawlSummary("github", repos + (repos - 1) + 1, repos + expectedStars.size(), 1, 1), github.summary());
    assertEquals(14, github.requests());

    // Papers: nothing changed; 20 listings answer 304. The demo always truncates one CVF paper page and one PDF, so the two
    // listings holding those papers kept no validators: they are read again (200), their other 34 papers are known, and the
    // two papers are retried (their page and PDF: 3 requests) and published again, still without what failed.
    Run papers = runs.get("papers")[1];
    assertEquals(new CrawlSummary("papers", 25, 2, 2, 2, 20, 34, 0), papers.summary());
    assertEquals(25, papers.requests());

    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "second crawl of the demo site (%d new models, %d new stars per repository, papers and jobs unchanged):%n",
        NEW_MODELS, NEW_STARS));
    runs.forEach((source, r) -> {
      CrawlSummary s = r[1].summary();
      long fresh = s.recordsPublished();
      sb.append(String.format(Locale.ROOT,
          "  %-12s first %5d requests for %5d records (%.3f/record); second %4d requests (%4d answered 304), %4d new records,"
              + " %s requests per new record%n",
          source, r[0].requests(), r[0].summary().recordsPublished(),
          r[0].requests() / (double) r[0].summary().recordsPublished(), r[1].requests(), s.notModified(), fresh,
          fresh == 0 ? "-" : String.format(Locale.ROOT, "%.3f", r[1].requests() / (double) fresh)));
    });
    runs.forEach((source, r) -> sb.append("  second ").append(r[1].summary()).append('\n'));
    System.out.print(sb);
  }

  private Run crawl(DemoSite site, String source, Settings settings) {
    CollectingSink sink = new CollectingSink();
    int before = site.requestsServed(source);
    CrawlSummary summary;
    try (CrawlState state = CrawlState.open(dir, source)) {
      summary = Sources.crawler(settings, source, sink, state).crawl(null);
    }
    assertEquals(summary.recordsPublished(), sink.records().size());
    return new Run(summary, sink, site.requestsServed(source) - before);
  }
}
