package dev.framewatch.ingest.jobs;

import static dev.framewatch.ingest.jobs.JobParsersTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JobsCrawlerTest {
  private static final Instant NOW = Instant.parse("2025-03-10T04:00:00Z");
  /** The HN search's first page back to March 2025 (1740787200). */
  static final String SEARCH = "/api/v1/search_by_date?tags=story,author_whoishiring&numericFilters=created_at_i%3E%3D1740787200"
      + "&hitsPerPage=20&page=0";

  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final ScriptedServer server = harness.server;
  private final CollectingSink sink = harness.sink;

  /** @param since the HN search back to that month; null: no search */
  private CrawlSummary crawl(List<String> seeds, List<String> boards, List<String> companies, List<Long> stories,
      YearMonth since) {
    String base = server.baseUrl();
    JobsOptions options = new JobsOptions(seeds, base, boards, base + "/", companies, base, stories, since, 20, 2, 100);
    return new JobsCrawler(harness.context(0), options).crawl(null);
  }

  private static Response html(String body) {
    return new Response(200, Map.of("Content-Type", "text/html; charset=utf-8"), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void crawlsAllFourKindsAndPublishesADuplicatePostingOnce() throws IOException {
    server.enqueue(new Response(200, Map.of("Content-Type", "application/xml"),
        fixture("sitemap.xml").replace("BASE", server.baseUrl()).getBytes(StandardCharsets.UTF_8)));
    server.enqueue(html(fixture("page_object.html")));
    server.enqueue(html(fixture("page_array.html")));
    server.enqueue(Response.json(200, fixture("greenhouse_board.json")));
    server.enqueue(Response.json(200, fixture("lever_page1.json")));
    server.enqueue(Response.json(200, fixture("lever_page2.json")));
    server.enqueue(Response.json(200, fixture("hn_search.json")));
    server.enqueue(Response.json(200, fixture("hn_story.json")));

    // The search goes back to March 2025: the February story is older.
    CrawlSummary report = crawl(List.of(server.baseUrl() + "/sitemap.xml"), List.of("acmerobotics"), List.of("helix"),
        List.of(), YearMonth.of(2025, 3));

    assertEquals(List.of("/sitemap.xml", "/careers/ml-engineer", "/careers/nimbus", "/v1/boards/acmerobotics/jobs?content=true",
        "/v0/postings/helix?mode=json&skip=0&limit=2", "/v0/postings/helix?mode=json&skip=2&limit=2",
        SEARCH, "/api/v1/items/90000001"),
        harness.requested());
    server.requests().forEach(r -> assertEquals("framewatch-test/1.0", r.header("User-Agent")));

    // Greenhouse's 4012345 is the JSON-LD page's AR-1042 (same company, same description): published once, as JSON-LD.
    assertEquals(List.of("job:127.0.0.1:AR-1042", "job:127.0.0.1:77", "job:127.0.0.1:careers/nimbus",
        "job:greenhouse:4012399", "job:lever:5f1c2a9e-0001-4b7a-9d3e-aaaaaaaaaaaa", "job:lever:5f1c2a9e-0002-4b7a-9d3e-bbbbbbbbbbbb",
        "job:lever:5f1c2a9e-0003-4b7a-9d3e-cccccccccccc", "job:hn:90000101", "job:hn:90000103", "job:hn:90000104"), sink.ids());
    assertEquals(new CrawlSummary("jobs", 8, 10, 0, 1, 0, 0, 1, 2), report);
    assertEquals(1, report.duplicates());
    assertEquals(2, report.skipped()); // the Organization item, the deleted HN comment
    assertEquals(7, sink.flushes()); // after each of the 6 pages that published, and at the end

    DeadLetter noTitle = sink.deadLetters().get(0);
    assertEquals(server.url("/v1/boards/acmerobotics/jobs?content=true").toString(), noTitle.origin());
    assertEquals("field 'title': is required", noTitle.reason());
    assertEquals("greenhouse", noTitle.context().get("source"));
    assertEquals("acmerobotics", noTitle.context().get("partition"));
    Job ld = (Job) sink.records().get(0);
    assertEquals(server.url("/careers/ml-engineer").toString(), ld.extra().get("url").textValue());
  }

  @Test
  void leverPagesUntilAShortPage() throws IOException {
    server.enqueue(Response.json(200, fixture("lever_page1.json")));
    server.enqueue(Response.json(200, "[]"));
    server.enqueue(Response.json(200, "{\"hits\":[]}")); // HN is searched, finds none

    CrawlSummary report = crawl(List.of(), List.of(), List.of("helix"), List.of(), YearMonth.of(2025, 3));

    assertEquals(List.of("/v0/postings/helix?mode=json&skip=0&limit=2", "/v0/postings/helix?mode=json&skip=2&limit=2",
        SEARCH), harness.requested());
    assertEquals(new CrawlSummary("jobs", 3, 2, 0, 0), report);
  }

  @Test
  void malformedBodiesAreDeadLetteredAndTheCrawlGoesOn() throws IOException {
    String truncated = fixture("greenhouse_board.json").substring(0, 300);
    server.enqueue(Response.json(404, "{\"error\":\"not found\"}")); // seed page
    server.enqueue(Response.json(200, truncated)); // greenhouse
    server.enqueue(Response.json(200, "{\"ok\":false}")); // lever: not an array
    server.enqueue(Response.json(200, fixture("hn_story.json"))); // a configured story id; no search configured

    CrawlSummary report = crawl(List.of(server.baseUrl() + "/careers/gone"), List.of("acmerobotics"), List.of("helix"),
        List.of(90000001L), null);

    assertEquals(List.of("/careers/gone", "/v1/boards/acmerobotics/jobs?content=true",
        "/v0/postings/helix?mode=json&skip=0&limit=2", "/api/v1/items/90000001"), harness.requested());
    assertEquals(List.of("job:hn:90000101", "job:hn:90000103", "job:hn:90000104"), sink.ids());
    assertEquals(new CrawlSummary("jobs", 4, 3, 3, 3, 0, 0, 0, 1), report); // skipped: the deleted HN comment

    List<DeadLetter> letters = sink.deadLetters();
    assertEquals(server.url("/careers/gone").toString(), letters.get(0).origin());
    assertEquals("HTTP 404", letters.get(0).reason());
    assertEquals("404", letters.get(0).context().get("status"));
    assertEquals(server.url("/v1/boards/acmerobotics/jobs?content=true").toString(), letters.get(1).origin());
    assertTrue(letters.get(1).reason().startsWith("Greenhouse board is not valid JSON: "), letters.get(1).reason());
    assertEquals(truncated, letters.get(1).input());
    assertEquals(server.url("/v0/postings/helix?mode=json&skip=0&limit=2").toString(), letters.get(2).origin());
    assertEquals("Lever postings page is not a JSON array but an object with fields [ok]", letters.get(2).reason());
    assertEquals(NOW, letters.get(0).at());
    assertEquals(NOW.plusSeconds(1), letters.get(2).at()); // two polite half-second waits later
  }

  @Test
  void optionsFromSettingsServeEverythingFromTheBaseUrlWhenSet() {
    Settings settings = Settings.defaults()
        .with("sources.jobs.base-url", "http://127.0.0.1:9999/")
        .with("sources.jobs.seed-urls", List.of("/careers/sitemap.xml", "https://other.example/job/1"))
        .with("sources.jobs.greenhouse.boards", List.of("acme"))
        .with("sources.jobs.hn.story-ids", List.of("90000001"));
    JobsOptions o = JobsOptions.from(settings.source("jobs"));
    assertEquals(List.of("http://127.0.0.1:9999/careers/sitemap.xml", "https://other.example/job/1"), o.seedUrls());
    assertEquals("http://127.0.0.1:9999", o.greenhouseBaseUrl());
    assertEquals("http://127.0.0.1:9999", o.leverBaseUrl());
    assertEquals("http://127.0.0.1:9999", o.hnBaseUrl());
    assertEquals(List.of("acme"), o.greenhouseBoards());
    assertEquals(List.of(90000001L), o.hnStoryIds());

    JobsOptions real = JobsOptions.from(Settings.defaults().source("jobs"));
    assertEquals("https://boards-api.greenhouse.io", real.greenhouseBaseUrl());
    assertEquals("https://api.lever.co", real.leverBaseUrl());
    assertEquals("https://hn.algolia.com", real.hnBaseUrl());
  }
}
