package dev.framewatch.ingest.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Ask HN: Who is hiring?" threads found through the HN Algolia search, in its real answer format: paging, the whoishiring
 * account's other stories skipped, the search ended at {@code since}, failed threads dead-lettered while the crawl goes on,
 * and threads whose comment count did not change not fetched again.
 */
class HnThreadsTest {
  private static final Instant NOW = Instant.parse("2024-04-10T04:00:00Z");
  /** January 2024 in epoch seconds: {@code sources.jobs.hn.since = "2024-01"}. */
  private static final long SINCE = 1704067200L;

  @TempDir Path dir;
  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final ScriptedServer server = harness.server;

  private JobsOptions options(List<Long> storyIds, int pageSize) {
    String base = server.baseUrl();
    return new JobsOptions(List.of(), base, List.of(), base, List.of(), base, storyIds, YearMonth.of(2024, 1), pageSize, 2,
        100);
  }

  private static String search(int page, int pages, int perPage, String... hits) {
    return "{\"hits\":[" + String.join(",", hits) + "],\"nbHits\":" + (pages * perPage) + ",\"page\":" + page
        + ",\"nbPages\":" + pages + ",\"hitsPerPage\":" + perPage + ",\"exhaustiveNbHits\":false,\"query\":\"\","
        + "\"params\":\"hitsPerPage=" + perPage + "&page=" + page + "&tags=story%2Cauthor_whoishiring\"}";
  }

  /** A search hit as Algolia writes it (trimmed of highlight results). */
  private static String hit(long id, String title, String createdAt, int comments) {
    long epoch = Instant.parse(createdAt).getEpochSecond();
    return "{\"created_at\":\"" + createdAt + "\",\"title\":\"" + title + "\",\"url\":null,\"author\":\"whoishiring\","
        + "\"points\":300,\"story_text\":\"Please state the location and include REMOTE...\",\"num_comments\":" + comments
        + ",\"story_id\":null,\"parent_id\":null,\"created_at_i\":" + epoch + ",\"_tags\":[\"story\",\"author_whoishiring\","
        + "\"story_" + id + "\",\"ask_hn\"],\"objectID\":\"" + id + "\"}";
  }

  /** An {@code items/<id>} tree: the story and its comments, each {@code comments} entry "id|text" or "id|" (deleted). */
  private static String item(long story, String... comments) {
    StringBuilder children = new StringBuilder();
    for (String c : comments) {
      String[] parts = c.split("\\|", 2);
      if (!children.isEmpty()) {
        children.append(',');
      }
      boolean deleted = parts[1].isEmpty();
      children.append("{\"id\":").append(parts[0]).append(",\"created_at\":\"2024-03-01T16:05:00.000Z\",")
          .append("\"created_at_i\":1709309100,\"type\":\"comment\",\"author\":").append(deleted ? "null" : "\"hn_user\"")
          .append(",\"title\":null,\"url\":null,\"text\":").append(deleted ? "null" : "\"" + parts[1] + "\"")
          .append(",\"points\":null,\"parent_id\":").append(story).append(",\"story_id\":").append(story)
          .append(",\"options\":[],\"children\":[{\"id\":").append(parts[0]).append("9,\"type\":\"comment\",")
          .append("\"author\":\"replier\",\"text\":\"Are you hiring interns? | asking\",\"parent_id\":").append(parts[0])
          .append(",\"story_id\":").append(story).append(",\"children\":[]}]}");
    }
    return "{\"id\":" + story + ",\"created_at\":\"2024-03-01T16:00:00.000Z\",\"created_at_i\":1709308800,\"type\":\"story\","
        + "\"author\":\"whoishiring\",\"title\":\"Ask HN: Who is hiring?\",\"url\":null,\"text\":\"Please state the location\","
        + "\"points\":300,\"parent_id\":null,\"story_id\":" + story + ",\"options\":[],\"children\":[" + children + "]}";
  }

  private static String searchPath(int page, int perPage) {
    return "/api/v1/search_by_date?tags=story,author_whoishiring&numericFilters=created_at_i%3E%3D" + SINCE + "&hitsPerPage="
        + perPage + "&page=" + page;
  }

  @Test
  void findsTheHiringThreadsPageByPageBackToSinceAndDeadLettersTheThreadsThatFail() {
    // Page 0: April's three whoishiring stories, only one of them a hiring thread.
    server.enqueue(Response.json(200, search(0, 2, 3,
        hit(39900003, "Ask HN: Who is hiring? (April 2024)", "2024-04-01T15:00:10.000Z", 3),
        hit(39900002, "Ask HN: Who wants to be hired? (April 2024)", "2024-04-01T15:00:09.000Z", 150),
        hit(39900001, "Ask HN: Freelancer? Seeking freelancer? (April 2024)", "2024-04-01T15:00:08.000Z", 90))));
    // Page 1: March, February, then December 2023, older than since: the search ends there.
    server.enqueue(Response.json(200, search(1, 2, 3,
        hit(39500003, "Ask HN: Who is hiring? (March 2024)", "2024-03-01T16:00:00.000Z", 2),
        hit(39000003, "Ask HN: Who is hiring? (February 2024)", "2024-02-01T16:00:00.000Z", 4),
        hit(38000003, "Ask HN: Who is hiring? (December 2023)", "2023-12-01T16:00:00.000Z", 700))));
    // Oldest first. February: rate limited once, then served.
    server.enqueue(Response.json(429, "{\"error\":\"rate limited\"}").withHeader("Retry-After", "7"));
    server.enqueue(Response.json(200, item(39000003, "39000010|Acme AI | ML Engineer | Berlin, Germany<p>We use PyTorch.",
        "39000011|Nimbus | Data Scientist | REMOTE<p>TensorFlow and JAX.")));
    // March: a server error, retried once, then given up.
    server.enqueue(Response.json(503, "{\"error\":\"unavailable\"}"));
    server.enqueue(Response.json(503, "{\"error\":\"unavailable\"}"));
    // April: one posting, one deleted comment.
    server.enqueue(Response.json(200, item(39900003, "39900010|Helix | Research Engineer | Lisbon, Portugal<p>JAX.",
        "39900011|")));
    // A configured story the search did not list: its answer is cut short.
    String truncated = item(37000001, "37000010|Quanta | MLOps | ONSITE<p>Keras.").substring(0, 120);
    server.enqueue(Response.json(200, truncated));

    CollectingSink sink = harness.sink;
    CrawlSummary report = new JobsCrawler(harness.context(CrawlerHarness.fetchOptions(1), sink, CrawlState.none()), options(List.of(39900003L, 37000001L), 3)).crawl(null);

    assertEquals(List.of(searchPath(0, 3), searchPath(1, 3), "/api/v1/items/39000003", "/api/v1/items/39000003",
        "/api/v1/items/39500003", "/api/v1/items/39500003", "/api/v1/items/39900003", "/api/v1/items/37000001"),
        harness.requested());
    List<ScriptedServer.Request> requests = server.requests();
    assertTrue(Duration.between(requests.get(2).at(), requests.get(3).at()).compareTo(Duration.ofSeconds(7)) >= 0);
    assertTrue(harness.time.sleeps().contains(Duration.ofSeconds(7)), harness.time.sleeps().toString());

    assertEquals(List.of("job:hn:39000010", "job:hn:39000011", "job:hn:39900010"), sink.ids());
    Job first = (Job) sink.records().get(0);
    assertEquals("Acme AI", first.company());
    assertEquals("Berlin, Germany", first.location());
    assertEquals(39000003, first.extra().get("story_id").intValue());
    // pages: 2 search pages and 4 threads; 2 failed; 1 skipped (the deleted comment; replies are not postings)
    assertEquals(new CrawlSummary("jobs", 6, 3, 2, 2, 0, 0, 0, 1), report);

    List<DeadLetter> letters = sink.deadLetters();
    assertEquals(2, letters.size());
    assertEquals(server.url("/api/v1/items/39500003").toString(), letters.get(0).origin());
    assertEquals("HTTP 503", letters.get(0).reason());
    assertEquals(Map.of("source", "hn", "kind", "job", "partition", "39500003", "status", "503"), letters.get(0).context());
    assertEquals(server.url("/api/v1/items/37000001").toString(), letters.get(1).origin());
    assertTrue(letters.get(1).reason().startsWith("HN item is not valid JSON: "), letters.get(1).reason());
    assertEquals(truncated, letters.get(1).input());
  }

  @Test
  void aThreadWhoseCommentCountIsUnchangedIsNotFetchedAgain() {
    String april = "Ask HN: Who is hiring? (April 2024)";
    String march = "Ask HN: Who is hiring? (March 2024)";
    server.enqueue(Response.json(200, search(0, 1, 100, hit(39900003, april, "2024-04-01T15:00:10.000Z", 1),
        hit(39500003, march, "2024-03-01T16:00:00.000Z", 2))));
    server.enqueue(Response.json(200, item(39500003, "39500010|Acme AI | ML Engineer | REMOTE<p>PyTorch.")));
    server.enqueue(Response.json(200, item(39900003, "39900010|Helix | Research Engineer | REMOTE<p>JAX.")));
    CollectingSink first = new CollectingSink();
    assertEquals(new CrawlSummary("jobs", 3, 2, 0, 0), harness.crawl(dir, "jobs", first,
        c -> new JobsCrawler(c, options(List.of(), 100))));
    assertEquals(List.of("job:hn:39500010", "job:hn:39900010"), first.ids());

    // A day later April has two more comments (one a new posting); March is as it was: only April is fetched.
    server.enqueue(Response.json(200, search(0, 1, 100, hit(39900003, april, "2024-04-01T15:00:10.000Z", 3),
        hit(39500003, march, "2024-03-01T16:00:00.000Z", 2))));
    server.enqueue(Response.json(200, item(39900003, "39900010|Helix | Research Engineer | REMOTE<p>JAX.",
        "39900020|Quanta | MLOps | ONSITE<p>Keras.")));
    CollectingSink second = new CollectingSink();
    assertEquals(new CrawlSummary("jobs", 2, 1, 0, 0, 0, 1, 0, 0), harness.crawl(dir, "jobs", second,
        c -> new JobsCrawler(c, options(List.of(), 100))));
    assertEquals(List.of(searchPath(0, 100), "/api/v1/items/39900003"), harness.requested(3));
    assertEquals(List.of("job:hn:39900020"), second.ids());

    // Nothing changed: the search page alone.
    server.enqueue(Response.json(200, search(0, 1, 100, hit(39900003, april, "2024-04-01T15:00:10.000Z", 3),
        hit(39500003, march, "2024-03-01T16:00:00.000Z", 2))));
    CollectingSink third = new CollectingSink();
    assertEquals(new CrawlSummary("jobs", 1, 0, 0, 0), harness.crawl(dir, "jobs", third,
        c -> new JobsCrawler(c, options(List.of(), 100))));
    assertEquals(List.of(searchPath(0, 100)), harness.requested(5));
  }

  @Test
  void aSearchPageThatFailsIsDeadLetteredAndTheThreadsFoundSoFarAreCrawled() {
    server.enqueue(Response.json(200, search(0, 2, 1, hit(39900003, "Ask HN: Who is hiring? (April 2024)",
        "2024-04-01T15:00:10.000Z", 1))));
    server.enqueue(Response.json(200, "{\"hits\":[{\"objectID\":\"395"));
    server.enqueue(Response.json(200, item(39900003, "39900010|Helix | Research Engineer | REMOTE<p>JAX.")));
    CrawlSummary report = new JobsCrawler(harness.context(0), options(List.of(), 1)).crawl(null);

    assertEquals(List.of(searchPath(0, 1), searchPath(1, 1), "/api/v1/items/39900003"), harness.requested());
    assertEquals(List.of("job:hn:39900010"), harness.sink.ids());
    assertEquals(new CrawlSummary("jobs", 3, 1, 1, 1), report);
    assertEquals(server.url(searchPath(1, 1)).toString(), harness.sink.deadLetters().get(0).origin());
    assertTrue(harness.sink.deadLetters().get(0).reason().startsWith("HN search is not valid JSON: "),
        harness.sink.deadLetters().get(0).reason());
  }

  @Test
  void theSearchIsConfiguredBySinceAndPageSize() {
    JobsOptions shipped = JobsOptions.from(Settings.defaults().source("jobs"));
    assertEquals(YearMonth.of(2018, 1), shipped.hnSince());
    assertEquals(Instant.parse("2018-01-01T00:00:00Z"), shipped.hnSinceInstant());
    assertEquals(100, shipped.hnSearchPageSize());
    assertEquals(List.of(), shipped.hnStoryIds());
    assertEquals("https://hn.algolia.com/api/v1/search_by_date?tags=story,author_whoishiring"
        + "&numericFilters=created_at_i%3E%3D1514764800&hitsPerPage=100&page=2",
        new JobsCrawler(harness.context(0), shipped).hnSearchUrl(2).toString());
    assertTrue(shipped.greenhouseBoards().contains("anthropic"), shipped.greenhouseBoards().toString());
    assertTrue(shipped.leverCompanies().contains("zoox"), shipped.leverCompanies().toString());

    JobsOptions off = JobsOptions.from(Settings.defaults().with("sources.jobs.hn.since", "").source("jobs"));
    assertNull(off.hnSince());
    assertThrows(IllegalArgumentException.class, () -> JobsOptions.from(Settings.defaults().with("sources.jobs.hn.since", "2018").source("jobs")));
  }

  @Test
  void onlyAskHnWhoIsHiringTitlesAreThreads() {
    assertTrue(HnSearchPage.isHiringTitle("Ask HN: Who is hiring? (March 2024)"));
    assertTrue(HnSearchPage.isHiringTitle("Ask HN: Who Is Hiring? (November 2012)"));
    assertTrue(HnSearchPage.isHiringTitle("Ask HN: Who is hiring right now?"));
    assertFalse(HnSearchPage.isHiringTitle("Ask HN: Who wants to be hired? (March 2024)"));
    assertFalse(HnSearchPage.isHiringTitle("Ask HN: Freelancer? Seeking freelancer? (March 2024)"));
    assertFalse(HnSearchPage.isHiringTitle("Ask HN: Should we agree that this account will submit all Who is Hiring posts?"));
  }
}
