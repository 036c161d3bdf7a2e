package dev.framewatch.ingest.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Repo;
import dev.framewatch.core.record.Stars;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.PageReport;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.FakeTime;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GitHubCrawlerTest {
  private static final Instant NOW = Instant.parse("2026-03-01T05:00:00Z");
  private static final String TOKEN = "ghp_TESTtoken0123456789abcdefSECRET";
  private static final String STARS_JSON = "application/vnd.github.star+json";
  private static final String REPO_JSON = "application/vnd.github+json";

  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final FakeTime time = harness.time;
  private final ScriptedServer server = harness.server;
  private final CollectingSink sink = harness.sink;
  private final List<PageReport> pages = new ArrayList<>();

  private CrawlSummary crawl(List<String> repos, String token, int samplePages) {
    GitHubOptions options = new GitHubOptions(server.baseUrl() + "/", repos, token, samplePages, 400);
    return new GitHubCrawler(harness.context(2), options).crawl(pages::add);
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = GitHubCrawlerTest.class.getResourceAsStream("/github/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A Link header as GitHub writes it, with its /repositories/{id} URLs. */
  private String link(Integer prev, Integer next, int last) {
    String u = server.baseUrl() + "/repositories/612345678/stargazers?per_page=100&page=";
    List<String> parts = new ArrayList<>();
    if (prev != null) {
      parts.add("<" + u + prev + ">; rel=\"prev\"");
    }
    if (next != null) {
      parts.add("<" + u + next + ">; rel=\"next\"");
      parts.add("<" + u + last + ">; rel=\"last\"");
    }
    if (prev != null) {
      parts.add("<" + u + "1>; rel=\"first\"");
    }
    return String.join(", ", parts);
  }

  private void assertRequest(int index, String pathAndQuery, String accept, String token) {
    ScriptedServer.Request r = server.requests().get(index);
    assertEquals(pathAndQuery, r.uri().toString());
    assertEquals(accept, r.header("Accept"));
    assertEquals("2022-11-28", r.header("X-GitHub-Api-Version"));
    assertEquals(token == null ? null : "Bearer " + token, r.header("Authorization"));
  }

  private void assertTokenNowhere() {
    for (EvidenceRecord r : sink.records()) {
      assertFalse(RecordCodec.encode(r).contains(TOKEN), r.id());
    }
    for (DeadLetter d : sink.deadLetters()) {
      assertFalse(d.toJson().contains(TOKEN), d.origin());
    }
    for (PageReport p : pages) {
      assertFalse(p.toString().contains(TOKEN));
    }
  }

  @Test
  void countsStarsExactlyAcrossThreeLinkedPages() throws IOException {
    server.enqueue(Response.json(200, fixture("repo_tinynet.json")));
    server.enqueue(Response.json(200, fixture("stargazers_tinynet_p1.json")).withHeader("Link", link(null, 2, 3)));
    server.enqueue(Response.json(200, fixture("stargazers_tinynet_p2.json")).withHeader("Link", link(1, 3, 3)));
    server.enqueue(Response.json(200, fixture("stargazers_tinynet_p3.json")).withHeader("Link", link(2, null, 3)));

    CrawlSummary summary = crawl(List.of("deepforge/tinynet"), TOKEN, 30);

    assertEquals(new CrawlSummary("github", 4, 5, 0, 0), summary);
    assertEquals(4, server.requests().size());
    assertRequest(0, "/repos/deepforge/tinynet", REPO_JSON, TOKEN);
    assertRequest(1, "/repos/deepforge/tinynet/stargazers?per_page=100&page=1", STARS_JSON, TOKEN);
    assertRequest(2, "/repositories/612345678/stargazers?per_page=100&page=2", STARS_JSON, TOKEN);
    assertRequest(3, "/repositories/612345678/stargazers?per_page=100&page=3", STARS_JSON, TOKEN);

    Repo repo = (Repo) sink.records().get(0);
    assertEquals("gh:deepforge/tinynet", repo.id());
    assertEquals("github", repo.source());
    assertEquals("deepforge/tinynet", repo.fullName());
    assertEquals(7, repo.stars());
    assertEquals(2, repo.forks());
    assertEquals("Python", repo.language());
    assertEquals(List.of("deep-learning", "jax", "neural-networks"), repo.topics());
    assertEquals(LocalDate.of(2023, 4, 30), repo.created());
    assertEquals("A tiny neural network library on top of JAX", repo.extra().get("description").textValue());
    assertEquals("Apache-2.0", repo.extra().get("license").textValue());

    List<String> stars = sink.records().stream().skip(1)
        .map(r -> (Stars) r)
        .map(s -> s.id() + " " + s.repo() + " " + s.date() + " " + s.stars() + " +" + s.newStars() + " " + s.extra())
        .toList();
    assertEquals(List.of(
        "stars:deepforge/tinynet:2023-05-01 deepforge/tinynet 2023-05-01 2 +2 {}",
        "stars:deepforge/tinynet:2023-05-02 deepforge/tinynet 2023-05-02 4 +2 {}",
        "stars:deepforge/tinynet:2023-05-07 deepforge/tinynet 2023-05-07 6 +2 {}",
        "stars:deepforge/tinynet:2023-06-01 deepforge/tinynet 2023-06-01 7 +1 {}"), stars);
    assertEquals(NOW, repo.fetchedAt());
    assertEquals(NOW.plusMillis(1500), sink.records().get(4).fetchedAt()); // after three polite half-second waits
    for (EvidenceRecord r : sink.records()) {
      assertEquals(r, RecordCodec.decode(RecordCodec.encode(r)));
    }
    // Committed after pages 1 and 2, at the listing's end, when the repository is complete and at the crawl's end.
    assertEquals(5, sink.flushes());
    assertTokenNowhere();
  }

  /** A page of 100 stargazers: {@code sameDay} on {@code day}, the rest on the day after. */
  private static String page(String day, int sameDay) {
    LocalDate d = LocalDate.parse(day);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      LocalDate at = i < sameDay ? d : d.plusDays(1);
      items.add(String.format("{\"starred_at\":\"%sT%02d:%02d:00Z\",\"user\":{\"login\":\"u%d\",\"id\":%d}}", at, i % 24, i % 60,
          i, 5000 + i));
    }
    return items.stream().collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void samplesTheHistoryOfARepositoryWithMoreThan400Pages() throws IOException {
    server.enqueue(Response.json(200, fixture("repo_megatorch.json")));
    server.enqueue(Response.json(200, page("2015-11-09", 40)).withHeader("Link", link(null, 2, 400)));
    server.enqueue(Response.json(200, page("2016-06-01", 100)));
    server.enqueue(Response.json(200, page("2017-03-15", 5)));
    server.enqueue(Response.json(200, page("2018-01-20", 1)));

    CrawlSummary summary = crawl(List.of("deepforge/megatorch"), "", 4);

    assertEquals(List.of(1, 134, 267, 400), StarHistory.samplePages(400, 4));
    assertEquals(5, server.requests().size());
    assertRequest(0, "/repos/deepforge/megatorch", REPO_JSON, null);
    assertRequest(1, "/repos/deepforge/megatorch/stargazers?per_page=100&page=1", STARS_JSON, null);
    assertRequest(2, "/repos/deepforge/megatorch/stargazers?per_page=100&page=134", STARS_JSON, null);
    assertRequest(3, "/repos/deepforge/megatorch/stargazers?per_page=100&page=267", STARS_JSON, null);
    assertRequest(4, "/repos/deepforge/megatorch/stargazers?per_page=100&page=400", STARS_JSON, null);
    assertEquals(new CrawlSummary("github", 5, 6, 0, 0), summary);

    List<String> stars = sink.records().stream().skip(1)
        .map(r -> (Stars) r)
        .map(s -> s.date() + " " + s.stars() + " +" + s.newStars() + " " + s.extra())
        .toList();
    assertEquals(List.of(
        "2015-11-09 40 +40 {estimated=true}",
        "2016-06-01 13400 +13360 {estimated=true, new_stars_since=\"2015-11-10\"}",
        "2017-03-15 26605 +13205 {estimated=true, new_stars_since=\"2016-06-02\"}",
        "2018-01-20 39901 +13296 {estimated=true, new_stars_since=\"2017-03-16\"}",
        "2026-03-01 85000 +45099 {estimated=false, new_stars_since=\"2018-01-21\"}"), stars);
    assertEquals("stars:deepforge/megatorch:2026-03-01", sink.records().get(5).id());
  }

  @Test
  void waitsOutARateLimited403UntilXRateLimitReset() throws IOException {
    long reset = NOW.getEpochSecond() + 90;
    server.enqueue(Response.json(403, "{\"message\":\"API rate limit exceeded for 203.0.113.9.\"}")
        .withHeader("X-RateLimit-Limit", "60").withHeader("X-RateLimit-Remaining", "0")
        .withHeader("X-RateLimit-Reset", Long.toString(reset)));
    server.enqueue(Response.json(200, fixture("repo_tinynet.json")));
    server.enqueue(Response.json(200, fixture("stargazers_tinynet_p1.json")));

    CrawlSummary summary = crawl(List.of("deepforge/tinynet"), TOKEN, 30);

    assertEquals(new CrawlSummary("github", 2, 3, 0, 0), summary);
    assertEquals(Duration.ofSeconds(90), time.sleeps().get(0));
    assertEquals(NOW, server.requests().get(0).at());
    assertEquals(Instant.ofEpochSecond(reset), server.requests().get(1).at());
    assertRequest(1, "/repos/deepforge/tinynet", REPO_JSON, TOKEN);
    assertEquals(2, pages.get(0).attempts());
    assertEquals(List.of("gh:deepforge/tinynet", "stars:deepforge/tinynet:2023-05-01", "stars:deepforge/tinynet:2023-05-02"),
        sink.ids());
    assertTokenNowhere();
  }

  @Test
  void deadLettersMalformedBodiesAndGoesOn() throws IOException {
    String broken = "{\"id\":1,\"full_name\":\"acme/broken\",\"stargazers_count\":";
    server.enqueue(Response.json(200, broken));
    server.enqueue(Response.json(200, fixture("repo_tinynet.json")));
    // The star media type ignored: plain users without starred_at.
    server.enqueue(Response.json(200, "[{\"login\":\"ada\",\"id\":1001}]"));
    server.enqueue(Response.json(404, "{\"message\":\"Not Found\"}"));

    CrawlSummary summary = crawl(List.of("acme/broken", "deepforge/tinynet", "acme/gone"), TOKEN, 30);

    assertEquals(new CrawlSummary("github", 4, 1, 3, 3), summary);
    assertEquals(List.of("gh:deepforge/tinynet"), sink.ids());
    List<DeadLetter> letters = sink.deadLetters();
    assertEquals(server.url("/repos/acme/broken").toString(), letters.get(0).origin());
    assertTrue(letters.get(0).reason().startsWith("repository is not valid JSON: "), letters.get(0).reason());
    assertEquals(broken, letters.get(0).input());
    assertEquals("repo", letters.get(0).context().get("kind"));
    assertEquals("acme/broken", letters.get(0).context().get("repo"));
    assertEquals(server.url("/repos/deepforge/tinynet/stargazers?per_page=100&page=1").toString(), letters.get(1).origin());
    assertEquals("stargazer item has no starred_at (was the star+json media type ignored?): {\"login\":\"ada\",\"id\":1001}",
        letters.get(1).reason());
    assertEquals("stars", letters.get(1).context().get("kind"));
    assertEquals(server.url("/repos/acme/gone").toString(), letters.get(2).origin());
    assertEquals("HTTP 404", letters.get(2).reason());
    assertEquals("404", letters.get(2).context().get("status"));
    assertTokenNowhere();
  }

  @Test
  void optionsNeverPrintTheToken() {
    Settings settings = Settings.defaults().with("sources.github.token", TOKEN);
    GitHubOptions options = GitHubOptions.from(settings.source("github"));
    assertEquals(TOKEN, options.token());
    assertTrue(options.hasToken());
    assertFalse(options.toString().contains(TOKEN), options.toString());
    assertEquals("https://api.github.com", options.baseUrl());
    assertEquals(6, options.repos().size());
    assertFalse(GitHubOptions.from(Settings.defaults().with("sources.github.token", "").source("github")).hasToken());
  }

  @Test
  void sampledHistoryNeverDecreases() {
    List<Stars> s = StarHistory.sampled("a/b", List.of(
        new StarHistory.SampledPage(1, List.of(Instant.parse("2020-01-01T00:00:00Z"))),
        new StarHistory.SampledPage(50, List.of(Instant.parse("2020-01-01T05:00:00Z")))), 100, 3000, NOW);
    assertEquals(2, s.size());
    assertEquals(4901, s.get(0).stars()); // two samples on one day: the larger estimate
    assertEquals(4901, s.get(1).stars()); // the current count is lower (unstars): carried forward, never negative
    assertEquals(0, s.get(1).newStars());
    assertNull(s.get(0).extra().get("new_stars_since"));
  }
}
