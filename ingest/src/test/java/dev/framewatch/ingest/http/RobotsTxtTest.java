package dev.framewatch.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.ingest.testing.FakeTime;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** robots.txt is fetched once per host and obeyed: a disallowed path costs zero requests. */
class RobotsTxtTest {
  private FakeTime time;
  private ScriptedServer server;

  @BeforeEach
  void setUp() throws Exception {
    time = new FakeTime(Instant.parse("2026-03-01T12:00:00Z"));
    server = new ScriptedServer(time);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private HttpFetcher fetcher() {
    FetchOptions options = new FetchOptions("framewatch/0.1 (+https://example.org/bot)", 100.0, Duration.ofSeconds(5), 1,
        Duration.ofSeconds(1), Duration.ofMinutes(10), true);
    return new HttpFetcher(options, HttpClient.newHttpClient(), time, time, () -> 0.5);
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
}
