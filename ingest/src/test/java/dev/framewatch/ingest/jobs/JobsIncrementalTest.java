package dev.framewatch.ingest.jobs;

import static dev.framewatch.ingest.jobs.JobParsersTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.http.FetchOptions;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.FakeTime;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-crawls of job boards with a persisted {@link CrawlState}: every page asked conditionally, known postings not republished. */
class JobsIncrementalTest {
  private static final Instant NOW = Instant.parse("2025-03-10T04:00:00Z");
  private static final List<String> PAGES = List.of("/sitemap.xml", "/careers/ml-engineer", "/careers/nimbus",
      "/v1/boards/acmerobotics/jobs?content=true", "/v0/postings/helix?mode=json&skip=0&limit=2",
      "/v0/postings/helix?mode=json&skip=2&limit=2", "/api/v1/items/90000001");
  private static final List<String> ETAGS = List.of("\"sm\"", "\"ml\"", "\"nb\"", "\"gh\"", "\"lv1\"", "\"lv2\"", "\"hn\"");

  @TempDir Path dir;
  private FakeTime time;
  private ScriptedServer server;

  @BeforeEach
  void setUp() throws IOException {
    time = new FakeTime(NOW);
    server = new ScriptedServer(time);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private JobsCrawlReport crawl(CollectingSink sink) {
    FetchOptions fetchOptions = new FetchOptions("framewatch-test/1.0", 2.0, Duration.ofSeconds(5), 0,
        Duration.ofSeconds(1), Duration.ofMinutes(10));
    HttpFetcher fetcher = new HttpFetcher(fetchOptions, HttpClient.newHttpClient(), time, time, () -> 0.5);
    String base = server.baseUrl();
    JobsOptions options = new JobsOptions(List.of(base + "/sitemap.xml"), base, List.of("acmerobotics"), base,
        List.of("helix"), base, List.of(90000001L), 2, 100);
    try (CrawlState state = CrawlState.open(dir, "jobs")) {
      return new JobsCrawler(fetcher, sink, options, time, state).crawl(null);
    }
  }

  private static Response body(String contentType, String body, String etag) {
    return new Response(200, Map.of("Content-Type", contentType, "ETag", etag), body.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> requested(int from) {
    return server.requests().subList(from, server.requests().size()).stream().map(r -> r.uri().toString()).toList();
  }

  private void firstCrawl() throws IOException {
    server.enqueue(body("application/xml", fixture("sitemap.xml").replace("BASE", server.baseUrl()), ETAGS.get(0)));
    server.enqueue(body("text/html", fixture("page_object.html"), ETAGS.get(1)));
    server.enqueue(body("text/html", fixture("page_array.html"), ETAGS.get(2)));
    server.enqueue(body("application/json", fixture("greenhouse_board.json"), ETAGS.get(3)));
    server.enqueue(body("application/json", fixture("lever_page1.json"), ETAGS.get(4)));
    server.enqueue(body("application/json", fixture("lever_page2.json"), ETAGS.get(5)));
    server.enqueue(body("application/json", fixture("hn_story.json"), ETAGS.get(6)));
    JobsCrawlReport first = crawl(new CollectingSink());
    assertEquals(new CrawlSummary("jobs", 7, 10, 0, 1, 0, 0, 1), first.summary());
    assertEquals(PAGES, requested(0));
  }

  @Test
  void anUnchangedSiteIsOne304PerPageAndNothingPublished() throws IOException {
    firstCrawl();
    for (int i = 0; i < PAGES.size(); i++) {
      server.enqueue(Response.status(304));
    }
    CollectingSink second = new CollectingSink();
    JobsCrawlReport report = crawl(second);

    // The sitemap's page list and the Lever pages' sizes come from what was kept with their validators.
    assertEquals(new CrawlSummary("jobs", 7, 0, 0, 0, 7, 0, 0), report.summary());
    assertEquals(PAGES, requested(7));
    for (int i = 0; i < PAGES.size(); i++) {
      assertEquals(ETAGS.get(i), server.requests().get(7 + i).header("If-None-Match"), PAGES.get(i));
    }
    assertEquals(List.of(), second.ids());
  }

  @Test
  void aChangedBoardRepublishesNoPostingAlreadyPublished() throws IOException {
    firstCrawl();
    // Only the Greenhouse board changed (new ETag); its postings are the same: one known, one the JSON-LD page's posting.
    for (int i = 0; i < 3; i++) {
      server.enqueue(Response.status(304));
    }
    server.enqueue(body("application/json", fixture("greenhouse_board.json"), "\"gh-2\""));
    for (int i = 4; i < PAGES.size(); i++) {
      server.enqueue(Response.status(304));
    }
    CollectingSink second = new CollectingSink();
    JobsCrawlReport report = crawl(second);

    // 6 pages 304 and 1 known posting; the Greenhouse copy of AR-1042 is a duplicate across runs; its invalid item is
    // dead-lettered again.
    assertEquals(new CrawlSummary("jobs", 7, 0, 0, 1, 6, 1, 1), report.summary());
    assertEquals(List.of(), second.ids());
    assertEquals(PAGES, requested(7));
  }
}
