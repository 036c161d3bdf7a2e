package dev.framewatch.ingest.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.Adoption;
import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.ingest.crawl.CrawlContext;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.FakeTime;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The new-repositories measurement against a local server answering in GitHub's search format, with its rate-limit headers. */
class AdoptionCrawlerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T05:00:00Z");
  private static final String TOKEN = "ghp_TESTtoken0123456789abcdefSECRET";
  private static final Map<String, List<String>> TOPICS = topics();

  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final FakeTime time = harness.time;
  private final ScriptedServer server = harness.server;
  private final CollectingSink sink = harness.sink;

  private static Map<String, List<String>> topics() {
    Map<String, List<String>> t = new LinkedHashMap<>();
    t.put("pytorch", List.of("pytorch"));
    t.put("jax", List.of("jax"));
    return t;
  }

  private GitHubOptions options(String token, YearMonth since, boolean python, int retries) {
    return new GitHubOptions(server.baseUrl(), List.of(), token, 30, 400,
        new AdoptionOptions(true, since, python, 0, retries, TOPICS));
  }

  private CrawlSummary crawl(GitHubOptions options, CrawlContext context) {
    CrawlRun run = new CrawlRun(context, null);
    new AdoptionCrawler(context, run, options, time).crawl();
    return run.finish("github");
  }

  private CrawlSummary crawl(GitHubOptions options) {
    return crawl(options, harness.context(2));
  }

  /** A search answer as GitHub writes it: the fixture's one item, with this total and flag. */
  private static String body(long total, boolean incomplete) throws IOException {
    try (InputStream in = AdoptionCrawlerTest.class.getResourceAsStream("/github/search_repositories.json")) {
      ObjectNode o = (ObjectNode) Json.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      o.put("total_count", total).put("incomplete_results", incomplete);
      return o.toString();
    }
  }

  /** With the search resource's rate-limit headers, as api.github.com sends them. */
  private Response search(long total, boolean incomplete, int remaining) throws IOException {
    return Response.json(200, body(total, incomplete))
        .withHeader("X-RateLimit-Limit", "30")
        .withHeader("X-RateLimit-Remaining", Integer.toString(remaining))
        .withHeader("X-RateLimit-Reset", Long.toString(NOW.getEpochSecond() + 60))
        .withHeader("X-RateLimit-Used", Integer.toString(30 - remaining))
        .withHeader("X-RateLimit-Resource", "search");
  }

  private void assertSearch(int index, String query, String token) {
    ScriptedServer.Request r = server.requests().get(index);
    assertEquals("/search/repositories?q=" + query + "&per_page=1", r.uri().toString());
    assertEquals("application/vnd.github+json", r.header("Accept"));
    assertEquals("2022-11-28", r.header("X-GitHub-Api-Version"));
    assertEquals(token == null ? null : "Bearer " + token, r.header("Authorization"));
  }

  private Map<String, Long> values() {
    Map<String, Long> out = new LinkedHashMap<>();
    sink.adoption().forEach(a -> out.put(a.id(), a.value()));
    return out;
  }

  @Test
  void backfillsEveryMonthPerFrameworkAtTheTokensSearchBudget() throws IOException {
    long[] totals = {1234, 210, 1302, 198, 77, 15};
    for (int i = 0; i < totals.length; i++) {
      server.enqueue(search(totals[i], false, 29 - i));
    }

    CrawlSummary summary = crawl(options(TOKEN, YearMonth.of(2026, 1), false, 2));

    assertEquals(new CrawlSummary("github", 6, 6, 0, 0), summary);
    assertSearch(0, "topic:pytorch+created:2026-01-01..2026-01-31", TOKEN);
    assertSearch(1, "topic:jax+created:2026-01-01..2026-01-31", TOKEN);
    assertSearch(2, "topic:pytorch+created:2026-02-01..2026-02-28", TOKEN);
    assertSearch(3, "topic:jax+created:2026-02-01..2026-02-28", TOKEN);
    assertSearch(4, "topic:pytorch+created:2026-03-01..2026-03-31", TOKEN);
    assertSearch(5, "topic:jax+created:2026-03-01..2026-03-31", TOKEN);
    assertEquals(6, server.requests().size());
    assertEquals(Map.of(
        "adoption:new-repos:pytorch:2026-01", 1234L, "adoption:new-repos:jax:2026-01", 210L,
        "adoption:new-repos:pytorch:2026-02", 1302L, "adoption:new-repos:jax:2026-02", 198L,
        "adoption:new-repos:pytorch:2026-03", 77L, "adoption:new-repos:jax:2026-03", 15L), values());
    Adoption first = sink.adoption().get(0);
    assertEquals(new Adoption("adoption:new-repos:pytorch:2026-01", "github", NOW, "new-repos", "pytorch",
        YearMonth.of(2026, 1), 1234, false, "topic:pytorch created:2026-01-01..2026-01-31"), first);
    // 30 searches a minute with a token: one every 2 s, the first at once.
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
        Duration.ofSeconds(2)), time.sleeps());
    assertTrue(sink.records().isEmpty(), "measurements are not evidence records");
  }

  @Test
  void withoutTokenSendsNoAuthorizationAndSearchesTenAMinute() throws IOException {
    server.enqueue(search(5, false, 9)).enqueue(search(6, false, 8));

    crawl(new GitHubOptions(server.baseUrl(), List.of(), "", 30, 400,
        new AdoptionOptions(true, YearMonth.of(2026, 3), false, 0, 2, Map.of("keras", List.of("keras")))));

    assertSearch(0, "topic:keras+created:2026-03-01..2026-03-31", null);
    assertEquals(1, server.requests().size());
    assertEquals(Map.of("adoption:new-repos:keras:2026-03", 5L), values());
  }

  @Test
  void pythonVariantAddsLanguageQualifierAsItsOwnSignal() throws IOException {
    server.enqueue(search(100, false, 29)).enqueue(search(64, false, 28));

    crawl(new GitHubOptions(server.baseUrl(), List.of(), TOKEN, 30, 400,
        new AdoptionOptions(true, YearMonth.of(2026, 3), true, 0, 2, Map.of("jax", List.of("jax")))));

    assertSearch(0, "topic:jax+created:2026-03-01..2026-03-31", TOKEN);
    assertSearch(1, "topic:jax+language:python+created:2026-03-01..2026-03-31", TOKEN);
    assertEquals(Map.of("adoption:new-repos:jax:2026-03", 100L, "adoption:new-python-repos:jax:2026-03", 64L), values());
  }

  @Test
  void secondaryRateLimitIsWaitedOutAsRetryAfterSays() throws IOException {
    server.enqueue(Response.json(403, "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes "
        + "before you try again.\",\"documentation_url\":\"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"
        + "#about-secondary-rate-limits\",\"status\":\"403\"}").withHeader("Retry-After", "60"));
    server.enqueue(search(321, false, 28));

    CrawlSummary summary = crawl(new GitHubOptions(server.baseUrl(), List.of(), TOKEN, 30, 400,
        new AdoptionOptions(true, YearMonth.of(2026, 3), false, 0, 2, Map.of("pytorch", List.of("pytorch")))));

    assertEquals(2, server.requests().size());
    assertSearch(0, "topic:pytorch+created:2026-03-01..2026-03-31", TOKEN);
    assertSearch(1, "topic:pytorch+created:2026-03-01..2026-03-31", TOKEN);
    assertEquals(List.of(Duration.ofSeconds(60)), time.sleeps());
    assertEquals(NOW.plusSeconds(60), server.requests().get(1).at());
    assertEquals(Map.of("adoption:new-repos:pytorch:2026-03", 321L), values());
    assertEquals(new CrawlSummary("github", 1, 1, 0, 0), summary);
  }

  @Test
  void exhaustedSearchBudgetWaitsForItsReset() throws IOException {
    // The first answer spends the minute's last search; the next may go only at X-RateLimit-Reset (NOW + 60 s).
    server.enqueue(search(10, false, 0)).enqueue(search(11, false, 29));

    crawl(options(TOKEN, YearMonth.of(2026, 3), false, 2));

    assertEquals(List.of(Duration.ofSeconds(60)), time.sleeps());
    assertEquals(NOW.plusSeconds(60), server.requests().get(1).at());
    assertEquals(Map.of("adoption:new-repos:pytorch:2026-03", 10L, "adoption:new-repos:jax:2026-03", 11L), values());
  }

  @Test
  void incompleteResultsAreAskedAgainThenKeptAndMarkedIncomplete() throws IOException {
    // pytorch: incomplete, then complete. jax: incomplete three times (two retries), kept as incomplete.
    server.enqueue(search(900, true, 29)).enqueue(search(950, false, 28));
    server.enqueue(search(40, true, 27)).enqueue(search(41, true, 26)).enqueue(search(42, true, 25));

    CrawlSummary summary = crawl(options(TOKEN, YearMonth.of(2026, 3), false, 2));

    assertEquals(5, server.requests().size());
    assertSearch(1, "topic:pytorch+created:2026-03-01..2026-03-31", TOKEN);
    assertSearch(4, "topic:jax+created:2026-03-01..2026-03-31", TOKEN);
    List<Adoption> out = sink.adoption();
    assertEquals(2, out.size());
    assertEquals(950, out.get(0).value());
    assertEquals(false, out.get(0).incomplete());
    assertEquals(42, out.get(1).value());
    assertEquals(true, out.get(1).incomplete());
    assertEquals(new CrawlSummary("github", 5, 2, 0, 0), summary);
  }

  @Test
  void unreadableAnswerIsDeadLetteredAndItsMonthLeftOut() throws IOException {
    server.enqueue(Response.json(200, "{\"message\":\"Validation Failed\",\"errors\":[]}"));
    server.enqueue(search(7, false, 28));

    CrawlSummary summary = crawl(options(TOKEN, YearMonth.of(2026, 3), false, 2));

    assertEquals(Map.of("adoption:new-repos:jax:2026-03", 7L), values());
    assertEquals(1, sink.deadLetters().size());
    DeadLetter letter = sink.deadLetters().get(0);
    assertEquals(server.baseUrl() + "/search/repositories?q=topic:pytorch+created:2026-03-01..2026-03-31&per_page=1",
        letter.origin());
    assertEquals("search response without a non-negative integer total_count", letter.reason());
    assertEquals(Map.of("source", "github", "kind", "adoption", "status", "200", "framework", "pytorch"), letter.context());
    assertEquals(new CrawlSummary("github", 2, 1, 1, 1), summary);
  }

  @Test
  void laterCrawlsAskOnlyTheOpenMonthTheLastClosedOneAndWhatWasIncomplete(@TempDir Path stateDir) throws IOException {
    GitHubOptions options = new GitHubOptions(server.baseUrl(), List.of(), TOKEN, 30, 400,
        new AdoptionOptions(true, YearMonth.of(2025, 12), false, 0, 0, Map.of("pytorch", List.of("pytorch"))));
    // First crawl, in March: Dec, Jan (incomplete, no retries), Feb, Mar.
    server.enqueue(search(500, false, 29)).enqueue(search(510, true, 28)).enqueue(search(520, false, 27))
        .enqueue(search(30, false, 26));
    try (CrawlState state = CrawlState.open(stateDir, "github")) {
      crawl(options, harness.context(CrawlerHarness.fetchOptions(0), sink, state));
    }
    assertEquals(4, server.requests().size());

    // A day later: December is settled; January was incomplete, so it is asked again; February (last closed), March (open).
    time.sleep(Duration.ofDays(1));
    server.enqueue(search(515, false, 29)).enqueue(search(525, false, 28)).enqueue(search(44, false, 27));
    CrawlSummary again;
    try (CrawlState state = CrawlState.open(stateDir, "github")) {
      again = crawl(options, harness.context(CrawlerHarness.fetchOptions(0), sink, state));
    }
    assertEquals(List.of(
        "/search/repositories?q=topic:pytorch+created:2026-01-01..2026-01-31&per_page=1",
        "/search/repositories?q=topic:pytorch+created:2026-02-01..2026-02-28&per_page=1",
        "/search/repositories?q=topic:pytorch+created:2026-03-01..2026-03-31&per_page=1"), harness.requested(4));
    assertEquals(new CrawlSummary("github", 3, 3, 0, 0, 0, 1, 0), again);
    assertEquals(Map.of("adoption:new-repos:pytorch:2025-12", 500L, "adoption:new-repos:pytorch:2026-01", 515L,
        "adoption:new-repos:pytorch:2026-02", 525L, "adoption:new-repos:pytorch:2026-03", 44L), values());
  }
}
