package dev.framewatch.ingest.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.framewatch.core.record.Stars;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Re-crawls of one repository with a persisted {@link CrawlState}: conditional repo page, stargazers resumed from a page. */
class GitHubIncrementalTest {
  private static final Instant NOW = Instant.parse("2026-03-01T05:00:00Z");
  private static final String REPO = "/repos/deepforge/tinynet";
  private static final String STARS = REPO + "/stargazers?per_page=100&page=";

  @TempDir Path dir;
  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final ScriptedServer server = harness.server;

  private CrawlSummary crawl(CollectingSink sink) {
    GitHubOptions options = new GitHubOptions(server.baseUrl(), List.of("deepforge/tinynet"), "", 30, 400);
    return harness.crawl(dir, "github", sink, context -> new GitHubCrawler(context, options));
  }

  private static Response repo(long stars, String etag) {
    return Response.json(200, "{\"id\":612345678,\"full_name\":\"deepforge/tinynet\",\"stargazers_count\":" + stars
        + ",\"forks_count\":2,\"language\":\"Python\",\"topics\":[\"jax\"],\"created_at\":\"2023-04-30T10:00:00Z\"}")
        .withHeader("ETag", etag);
  }

  /** Stargazers in order: {@code counts[i]} stars on 2024-01-{@code firstDay + i}. */
  private static String stargazers(int firstDay, int... counts) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      for (int k = 0; k < counts[i]; k++) {
        items.add(String.format("{\"starred_at\":\"2024-01-%02dT%02d:%02d:00Z\",\"user\":{\"login\":\"u%d\",\"id\":%d}}",
            firstDay + i, k / 60, k % 60, items.size(), items.size()));
      }
    }
    return "[" + String.join(",", items) + "]";
  }

  private Response stars(String body, String etag, Integer next) {
    Response r = Response.json(200, body).withHeader("ETag", etag);
    return next == null ? r : r.withHeader("Link", "<" + server.url(STARS + next) + ">; rel=\"next\", <"
        + server.url(STARS + 9) + ">; rel=\"last\"");
  }

  private static List<String> snapshots(CollectingSink sink) {
    return sink.records().stream().filter(r -> r instanceof Stars).map(r -> (Stars) r)
        .map(s -> s.date() + " " + s.stars() + " +" + s.newStars()).toList();
  }

  @Test
  void aRecrawlReadsOnlyTheLastPartialPageOnwardAndPublishesOnlyNewDays() {
    // Run 1: 250 stars on three pages; days straddle the page boundaries.
    server.enqueue(repo(250, "\"r1\""));
    server.enqueue(stars(stargazers(1, 70, 30), "\"s1\"", 2));
    server.enqueue(stars(stargazers(2, 50, 50), "\"s2\"", 3));
    server.enqueue(stars(stargazers(4, 50), "\"s3a\"", null));
    CollectingSink first = new CollectingSink();
    assertEquals(new CrawlSummary("github", 4, 5, 0, 0), crawl(first));
    assertEquals(List.of("2024-01-01 70 +70", "2024-01-02 150 +80", "2024-01-03 200 +50", "2024-01-04 250 +50"),
        snapshots(first));

    // Run 2, nothing new: the repository answers 304 and nothing else is asked.
    server.enqueue(Response.status(304));
    CollectingSink second = new CollectingSink();
    assertEquals(new CrawlSummary("github", 1, 0, 0, 0, 1, 0, 0), crawl(second));
    assertEquals(List.of(REPO), harness.requested(4));
    assertEquals("\"r1\"", server.requests().get(4).header("If-None-Match"));
    assertEquals(List.of(), second.ids());

    // Run 3, ten new stars: the repository, then page 3 (the partial one) only, conditionally; one new snapshot.
    server.enqueue(repo(260, "\"r2\""));
    server.enqueue(stars(stargazers(4, 50, 10), "\"s3b\"", null));
    CollectingSink third = new CollectingSink();
    assertEquals(new CrawlSummary("github", 2, 2, 0, 0), crawl(third));
    assertEquals(List.of(REPO, STARS + 3), harness.requested(5));
    assertEquals("\"r1\"", server.requests().get(5).header("If-None-Match"));
    assertEquals("\"s3a\"", server.requests().get(6).header("If-None-Match"));
    assertEquals(List.of("gh:deepforge/tinynet", "stars:deepforge/tinynet:2024-01-05"), third.ids());
    assertEquals(List.of("2024-01-05 260 +10"), snapshots(third));

    // Run 4, fifty more: page 3 fills up and page 4 starts; 2024-01-05 grows, 2024-01-06 is new.
    server.enqueue(repo(310, "\"r3\""));
    server.enqueue(stars(stargazers(4, 50, 50), "\"s3c\"", 4));
    server.enqueue(stars(stargazers(6, 10), "\"s4a\"", null));
    CollectingSink fourth = new CollectingSink();
    assertEquals(new CrawlSummary("github", 3, 3, 0, 0), crawl(fourth));
    assertEquals(List.of(REPO, STARS + 3, STARS + 4), harness.requested(7));
    assertEquals("\"s3b\"", server.requests().get(8).header("If-None-Match"));
    assertNull(server.requests().get(9).header("If-None-Match"));
    assertEquals(List.of("2024-01-05 300 +50", "2024-01-06 310 +10"), snapshots(fourth));

    // Run 5: the repository page has a new ETag but the same content, and no stars: page 4 answers 304; nothing is new.
    server.enqueue(repo(310, "\"r4\""));
    server.enqueue(Response.status(304));
    CollectingSink fifth = new CollectingSink();
    assertEquals(new CrawlSummary("github", 2, 0, 0, 0, 1, 0, 0), crawl(fifth));
    assertEquals(List.of(REPO, STARS + 4), harness.requested(10));
    assertEquals("\"s4a\"", server.requests().get(11).header("If-None-Match"));
    assertEquals(List.of(), fifth.ids());
  }
}
