package dev.framewatch.demosite.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Job;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoCrawl;
import dev.framewatch.demosite.DemoSite;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.testing.CollectingSink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The jobs crawler against the demo site: JSON-LD pages from a sitemap, Greenhouse, Lever, Hacker News. */
class DemoJobsTest {
  @Test
  void everyPostingOnceDespiteTheScriptedFailures() {
    DemoCorpus corpus = DemoCorpus.standard();
    CollectingSink sink = new CollectingSink();
    // The Greenhouse 429 and the Lever 500, each retried once.
    CrawlSummary report = DemoCrawl.retryingEach(corpus, "jobs", sink, 2);

    List<DemoJob> jobs = corpus.jobs();
    assertEquals(40 + 60 + 155 + 108, jobs.size());
    Set<String> expected = jobs.stream().filter(DemoJob::expected).map(j -> j.expectedId("127.0.0.1"))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    assertEquals(361, expected.size());
    // 1 sitemap + 40 pages, 2 Greenhouse boards, 2 + 1 Lever pages, 1 HN search page, 9 HN stories.
    assertEquals(new CrawlSummary("jobs", 56, 361, 0, 1, 0, 0, 1), report);
    assertEquals(1, report.duplicates(), "the Greenhouse copy of an employer page's posting");
    assertEquals(expected, new LinkedHashSet<>(sink.ids()));
    assertEquals(361, sink.records().size());

    for (Object r : sink.records()) {
      Job job = (Job) r;
      assertTrue(job.posted() != null && job.posted().getYear() >= 2017 && job.posted().getYear() <= 2026, job.toString());
    }
    DeadLetter letter = sink.deadLetters().get(0);
    assertTrue(letter.origin().endsWith("/careers/jobs/ar-1008.html"), letter.origin());
    assertEquals("jsonld", letter.context().get("source"));
  }

  @Test
  void theHnSearchListsTheWhoishiringStoriesNewestFirstInAlgoliasPages() throws Exception {
    try (DemoSite site = DemoSite.start(DemoCorpus.standard())) {
      HttpClient client = HttpClient.newHttpClient();
      JsonNode page = Json.mapper().readTree(client.send(HttpRequest.newBuilder(URI.create(site.baseUrl()
          + "/api/v1/search_by_date?tags=story,author_whoishiring&hitsPerPage=4&page=1")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      // 9 years, each a "Who is hiring?" and a "Who wants to be hired?": 18 stories, 5 pages of 4.
      assertEquals(List.of(18, 1, 5, 4), List.of(page.get("nbHits").intValue(), page.get("page").intValue(),
          page.get("nbPages").intValue(), page.get("hitsPerPage").intValue()));
      List<String> titles = new ArrayList<>();
      page.get("hits").forEach(h -> titles.add(h.get("objectID").asText() + " " + h.get("title").asText() + " "
          + h.get("num_comments").asText()));
      assertEquals(List.of("40502024 Ask HN: Who wants to be hired? (March 2024) 40",
          "40002024 Ask HN: Who is hiring? (March 2024) 15", "40502023 Ask HN: Who wants to be hired? (March 2023) 40",
          "40002023 Ask HN: Who is hiring? (March 2023) 15"), titles);
    }
  }
}

