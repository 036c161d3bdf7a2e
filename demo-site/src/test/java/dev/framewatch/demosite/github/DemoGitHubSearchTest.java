package dev.framewatch.demosite.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.record.Adoption;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.core.vocabulary.FrameworkTopics;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoSite;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo site's GitHub search: a deterministic story per topic and month, read by the real crawler as configured. */
class DemoGitHubSearchTest {
  @Test
  void theStoryIsDeterministic() {
    assertEquals(200 + 90 * 96, GitHubSearchEndpoint.total("pytorch", YearMonth.of(2024, 1), false));
    assertEquals((200 + 90 * 96) * 4 / 5, GitHubSearchEndpoint.total("pytorch", YearMonth.of(2024, 1), true));
    assertEquals(228, GitHubSearchEndpoint.total("tensorflow", YearMonth.of(2026, 12), false));
    assertEquals(0, GitHubSearchEndpoint.total("jax", YearMonth.of(2018, 12), false));
    assertEquals(5 + 4 * 12, GitHubSearchEndpoint.total("jax", YearMonth.of(2020, 1), false));
    assertEquals(0, GitHubSearchEndpoint.total("no-such-topic", YearMonth.of(2020, 1), false));
  }

  @Test
  void theGitHubCrawlWithAdoptionOnGetsExactlyTheStory() {
    CollectingSink sink = new CollectingSink();
    YearMonth since = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    try (DemoSite site = DemoSite.start(DemoCorpus.standard(), false)) {
      Settings settings = site.configure(Settings.defaults()).with("http.max-requests-per-second", 1000.0)
          .with("sources.github.repos", List.of()).with("sources.github.adoption.enabled", true)
          .with("sources.github.adoption.since", since.toString()).with("sources.github.adoption.language-python", true)
          .with("sources.github.adoption.requests-per-minute", 60000);
      CrawlSummary summary = Sources.crawler(settings, "github", sink, CrawlState.none()).crawl(null);

      int searches = 2 * 2 * FrameworkTopics.standard().size();
      assertEquals(new CrawlSummary("github", searches, searches, 0, 0), summary);
      assertEquals(searches, site.requestsServed("github"));
    }
    Map<String, Long> expected = new LinkedHashMap<>();
    for (YearMonth m = since; !m.isAfter(since.plusMonths(1)); m = m.plusMonths(1)) {
      for (Map.Entry<String, List<String>> f : FrameworkTopics.standard().entrySet()) {
        String topic = f.getValue().get(0);
        expected.put(Adoption.id("new-repos", f.getKey(), m), GitHubSearchEndpoint.total(topic, m, false));
        expected.put(Adoption.id("new-python-repos", f.getKey(), m), GitHubSearchEndpoint.total(topic, m, true));
      }
    }
    Map<String, Long> got = new LinkedHashMap<>();
    sink.adoption().forEach(a -> got.put(a.id(), a.value()));
    assertEquals(expected, got);
  }
}
