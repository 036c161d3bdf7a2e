package dev.framewatch.ingest.jobs;

import static dev.framewatch.ingest.jobs.JobParsersTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Re-crawls of job boards with a persisted {@link CrawlState}: every page asked conditionally, known postings not republished. */
class JobsIncrementalTest {
  private static final Instant NOW = Instant.parse("2025-03-10T04:00:00Z");
  private static final List<String> PAGES = List.of("/sitemap.xml", "/careers/ml-engineer", "/careers/nimbus",
      "/v1/boards/acmerobotics/jobs?content=true", "/v0/postings/helix?mode=json&skip=0&limit=2",
      "/v0/postings/helix?mode=json&skip=2&limit=2", "/api/v1/items/90000001");
  private static final List<String> ETAGS = List.of("\"sm\"", "\"ml\"", "\"nb\"", "\"gh\"", "\"lv1\"", "\"lv2\"", "\"hn\"");

  @TempDir Path dir;
  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final ScriptedServer server = harness.server;

  private CrawlSummary crawl(CollectingSink sink) {
    String base = server.baseUrl();
    JobsOptions options = new JobsOptions(List.of(base + "/sitemap.xml"), base, List.of("acmerobotics"), base,
        List.of("helix"), base, List.of(90000001L), null, 20, 2, 100);
    return harness.crawl(dir, "jobs", sink, context -> new JobsCrawler(context, options));
  }

  private static Response body(String contentType, String body, String etag) {
    return new Response(200, Map.of("Content-Type", contentType, "ETag", etag), body.getBytes(StandardCharsets.UTF_8));
  }

  private void firstCrawl() throws IOException {
    server.enqueue(body("application/xml", fixture("sitemap.xml").replace("BASE", server.baseUrl()), ETAGS.get(0)));
    server.enqueue(body("text/html", fixture("page_object.html"), ETAGS.get(1)));
    server.enqueue(body("text/html", fixture("page_array.html"), ETAGS.get(2)));
    server.enqueue(body("application/json", fixture("greenhouse_board.json"), ETAGS.get(3)));
    server.enqueue(body("application/json", fixture("lever_page1.json"), ETAGS.get(4)));
    server.enqueue(body("application/json", fixture("lever_page2.json"), ETAGS.get(5)));
    server.enqueue(body("application/json", fixture("hn_story.json"), ETAGS.get(6)));
    CrawlSummary first = crawl(new CollectingSink());
    assertEquals(new CrawlSummary("jobs", 7, 10, 0, 1, 0, 0, 1, 2), first); // skipped: an Organization, a deleted comment
    assertEquals(PAGES, harness.requested(0));
  }

  @Test
  void anUnchangedSiteIsOne304PerPageAndNothingPublished() throws IOException {
    firstCrawl();
    for (int i = 0; i < PAGES.size(); i++) {
      server.enqueue(Response.status(304));
    }
    CollectingSink second = new CollectingSink();
    CrawlSummary report = crawl(second);

    // The sitemap's page list and the Lever pages' sizes come from what was kept with their validators.
    assertEquals(new CrawlSummary("jobs", 7, 0, 0, 0, 7, 0, 0), report);
    assertEquals(PAGES, harness.requested(7));
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
    CrawlSummary report = crawl(second);

    // 6 pages 304 and 1 known posting; the Greenhouse copy of AR-1042 is a duplicate across runs; its invalid item is
    // dead-lettered again.
    assertEquals(new CrawlSummary("jobs", 7, 0, 0, 1, 6, 1, 1), report);
    assertEquals(List.of(), second.ids());
    assertEquals(PAGES, harness.requested(7));
  }
}
