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

  /**
   * RFC 9309: at least 500 KiB are parsed and the rest may be ignored. A 600 KiB file keeps the rules of its first part; the
   * line cut at the limit (here {@code Disallow: /} of {@code Disallow: /public/cut-here}) and a rule past it are not applied.
   */
  @Test
  void anOversizedRobotsTxtIsCutNotTakenAsAFailure() throws Exception {
    StringBuilder body = new StringBuilder("User-agent: *\nAllow: /private/open/\nDisallow: /private/\n");
    String straddling = "Disallow: /public/cut-here\n";
    int cutInside = "Disallow: /".length();
    while (body.length() + 101 <= RobotsPolicy.MAX_ROBOTS_BYTES - cutInside) {
      body.append('#').append("x".repeat(99)).append('\n');
    }
    body.append("#".repeat(RobotsPolicy.MAX_ROBOTS_BYTES - cutInside - body.length() - 1)).append('\n');
    body.append(straddling);
    assertEquals("Disallow: /", body.substring(RobotsPolicy.MAX_ROBOTS_BYTES - cutInside, RobotsPolicy.MAX_ROBOTS_BYTES));
    body.append("Disallow: /public/\n");
    while (body.length() < 600 * 1024) {
      body.append('#').append("y".repeat(99)).append('\n');
    }
    server.enqueue(robots(body.toString()));
    server.enqueue(Response.json(200, "[]")).enqueue(Response.json(200, "[]"));
    HttpFetcher fetcher = fetcher();

    assertEquals(200, fetcher.get(server.url("/public/page")).status(), "neither the cut line nor the rule after it applies");
    assertEquals(200, fetcher.get(server.url("/private/open/page")).status(), "the Allow rule of the first part applies");
    FetchException e = assertThrows(FetchException.class, () -> fetcher.get(server.url("/private/page")));
    assertEquals("disallowed by robots.txt", e.reason());
    assertEquals(java.util.List.of("/robots.txt", "/public/page", "/private/open/page"),
        server.requests().stream().map(r -> r.uri().getPath()).toList());
  }

  @Test
  void wholeLinesDropALineCutInTheMiddle() {
    assertEquals("a\nb\n", new String(RobotsPolicy.wholeLines("a\nb\nDisallow: /".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8));
    assertEquals("a\r\n", new String(RobotsPolicy.wholeLines("a\r\nDis".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8));
    assertEquals(0, RobotsPolicy.wholeLines("no line break at all".getBytes(StandardCharsets.UTF_8)).length);
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
