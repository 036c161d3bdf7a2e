package dev.framewatch.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.FakeTime;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** robots.txt is fetched once per host and obeyed: a disallowed path costs zero requests. */
class RobotsTxtTest {
  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(Instant.parse("2026-03-01T12:00:00Z"));
  private final FakeTime time = harness.time;
  private final ScriptedServer server = harness.server;

  private static FetchOptions options() {
    return new FetchOptions("framewatch/0.1 (+https://example.org/bot)", 100.0, Duration.ofSeconds(5), 1,
        Duration.ofSeconds(1), Duration.ofMinutes(10), true);
  }

  private HttpFetcher fetcher() {
    return harness.fetcher(options());
  }

  private static Response robots(String body) {
    return new Response(200, Map.of("Content-Type", "text/plain"), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void disallowedPathsAreNeverRequested() throws Exception {
    server.enqueue(robots("User-agent: *\nDisallow: /private/\n\nUser-agent: framewatch\nDisallow: /no-bots\n"));
    server.enqueue(Response.json(200, "[]"));
    HttpFetcher fetcher = fetcher();

    FetchException e = assertThrows(FetchException.class, () -> fetcher.get(server.url("/no-bots/page")));
    assertEquals("disallowed by robots.txt", e.reason());
    assertEquals(0, e.attempts());
    assertEquals(200, fetcher.get(server.url("/private/x")).status(), "our own group replaces the * group");
    assertEquals(java.util.List.of("/robots.txt", "/private/x"),
        server.requests().stream().map(r -> r.uri().getPath()).toList());
    assertEquals("framewatch/0.1 (+https://example.org/bot)", server.requests().get(0).header("User-Agent"));
  }

  @Test
  void aMissingRobotsTxtAllowsEverythingAnUnreachableOneNothing() throws Exception {
    server.enqueue(Response.status(404));
    server.enqueue(Response.json(200, "[]"));
    HttpFetcher fetcher = fetcher();
    assertEquals(200, fetcher.get(server.url("/anything")).status());

    try (ScriptedServer down = new ScriptedServer(time)) {
      down.enqueue(Response.status(503)).enqueue(Response.status(503));
      FetchException e = assertThrows(FetchException.class, () -> fetcher.get(down.url("/page")));
      assertEquals("disallowed by robots.txt", e.reason());
      assertEquals(java.util.List.of("/robots.txt", "/robots.txt"),
          down.requests().stream().map(r -> r.uri().getPath()).toList(), "robots.txt retried once, the page never asked");
    }
  }

  @Test
  void aCrawlDelaySpacesRequestsToThatHostOnly() throws Exception {
    // fetcher() allows 100 requests per second (10 ms apart); the site asks for 5 seconds.
    server.enqueue(robots("User-agent: *\nCrawl-delay: 5\nDisallow: /private/\n"));
    server.enqueue(Response.json(200, "[]")).enqueue(Response.json(200, "[]")).enqueue(Response.json(200, "[]"));
    HttpFetcher fetcher = fetcher();
    for (int i = 0; i < 3; i++) {
      assertEquals(200, fetcher.get(server.url("/page" + i)).status());
    }
    java.util.List<ScriptedServer.Request> r = server.requests();
    assertEquals(java.util.List.of("/robots.txt", "/page0", "/page1", "/page2"), r.stream().map(x -> x.uri().getPath()).toList());
    assertEquals(Duration.ofSeconds(5), Duration.between(r.get(2).at(), r.get(3).at()));
    assertEquals(Duration.ofSeconds(5), Duration.between(r.get(1).at(), r.get(2).at()));

    // Another host keeps the configured rate.
    try (ScriptedServer other = new ScriptedServer(time)) {
      other.enqueue(Response.status(404)).enqueue(Response.json(200, "[]")).enqueue(Response.json(200, "[]"));
      fetcher.get(other.url("/a"));
      fetcher.get(other.url("/b"));
      java.util.List<ScriptedServer.Request> o = other.requests();
      assertEquals(Duration.ofMillis(10), Duration.between(o.get(1).at(), o.get(2).at()));
    }
  }

  @Test
  void aHostsOwnMinimumIntervalOnlyEverSlowsItDown() throws Exception {
    server.enqueue(Response.status(404));
    server.enqueue(Response.json(200, "[]")).enqueue(Response.json(200, "[]")).enqueue(Response.json(200, "[]"));
    HttpFetcher fetcher = harness.fetcher(options()
        .withMinInterval(server.url("/api/query"), Duration.ofSeconds(3)) // arXiv's stated rate
        .withMinInterval(server.url("/api/query"), Duration.ofMillis(1))); // faster than the configured rate: ignored
    fetcher.get(server.url("/a"));
    fetcher.get(server.url("/b"));
    fetcher.get(server.url("/c"));
    java.util.List<ScriptedServer.Request> r = server.requests();
    assertEquals(Duration.ofSeconds(3), Duration.between(r.get(1).at(), r.get(2).at()));
    assertEquals(Duration.ofSeconds(3), Duration.between(r.get(2).at(), r.get(3).at()));
  }
}
