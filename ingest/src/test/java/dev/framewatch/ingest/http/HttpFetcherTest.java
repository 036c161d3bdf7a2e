package dev.framewatch.ingest.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.FakeTime;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HttpFetcherTest {
  private static final String UA = "framewatch-test/1.0 (+https://example.org/bot)";
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(START);
  private final FakeTime time = harness.time;
  private final ScriptedServer server = harness.server;
  private final HttpFetcher fetcher = fetcher(3);

  private HttpFetcher fetcher(int maxRetries) {
    // Jitter fixed at 0.5: a backoff of B waits exactly 0.75 B.
    return harness.fetcher(new FetchOptions(UA, 2.0, Duration.ofSeconds(5), maxRetries, Duration.ofSeconds(1),
        Duration.ofMinutes(10)));
  }

  @Test
  void waitsAsLongAsRetryAfterSaysThenRetries() throws Exception {
    server.enqueue(Response.json(429, "{\"error\":\"slow down\"}").withHeader("Retry-After", "2"));
    server.enqueue(Response.json(200, "[1,2]"));

    FetchResult result = fetcher.get(server.url("/api/models"));

    assertEquals(200, result.status());
    assertEquals("[1,2]", result.body());
    assertEquals(2, result.attempts());
    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
    assertTrue(time.sleeps().get(0).compareTo(Duration.ofSeconds(2)) >= 0);
    List<ScriptedServer.Request> requests = server.requests();
    assertEquals(2, requests.size());
    assertTrue(Duration.between(requests.get(0).at(), requests.get(1).at()).compareTo(Duration.ofSeconds(2)) >= 0,
        "second request must come at least 2 s after the first");
  }

  @Test
  void honoursRetryAfterAsHttpDate() throws Exception {
    String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(START.plusSeconds(90).atOffset(ZoneOffset.UTC));
    server.enqueue(Response.status(429).withHeader("Retry-After", at));
    server.enqueue(Response.json(200, "ok"));

    assertEquals(200, fetcher.get(server.url("/x")).status());
    assertEquals(List.of(Duration.ofSeconds(90)), time.sleeps());
  }

  @Test
  void retriesA403RateLimitUntilTheResetTime() throws Exception {
    server.enqueue(Response.json(403, "{\"message\":\"API rate limit exceeded\"}")
        .withHeader("X-RateLimit-Remaining", "0")
        .withHeader("X-RateLimit-Reset", Long.toString(START.getEpochSecond() + 30)));
    server.enqueue(Response.json(200, "{}"));

    FetchResult result = fetcher.get(server.url("/repos/a/b"));

    assertEquals(200, result.status());
    assertEquals(List.of(Duration.ofSeconds(30)), time.sleeps());
  }

  @Test
  void returnsAPlain403AsIs() throws Exception {
    server.enqueue(Response.json(403, "forbidden"));

    FetchResult result = fetcher.get(server.url("/private"));

    assertEquals(403, result.status());
    assertEquals(1, result.attempts());
    assertEquals(1, server.requests().size());
  }

  @Test
  void capsAServersWaitAtTenMinutes() throws Exception {
    server.enqueue(Response.status(429).withHeader("Retry-After", "7200"));
    server.enqueue(Response.json(200, "ok"));

    fetcher.get(server.url("/x"));

    assertEquals(List.of(Duration.ofMinutes(10)), time.sleeps());
  }

  @Test
  void retriesA500WithBackoff() throws Exception {
    server.enqueue(Response.json(500, "oops"));
    server.enqueue(Response.json(200, "fine"));

    FetchResult result = fetcher.get(server.url("/flaky"));

    assertEquals(200, result.status());
    assertEquals("fine", result.body());
    assertEquals(2, result.attempts());
    assertEquals(List.of(Duration.ofMillis(750)), time.sleeps()); // 1 s backoff, half of it jittered at 0.5
  }

  @Test
  void backoffDoublesOnEveryRetry() throws Exception {
    server.enqueue(Response.status(502)).enqueue(Response.status(503)).enqueue(Response.status(504));
    server.enqueue(Response.json(200, "finally"));

    assertEquals(4, fetcher.get(server.url("/x")).attempts());
    assertEquals(List.of(Duration.ofMillis(750), Duration.ofMillis(1500), Duration.ofMillis(3000)), time.sleeps());
  }

  @Test
  void returnsA404AsIsWithoutRetrying() throws Exception {
    server.enqueue(Response.json(404, "{\"error\":\"Repository not found\"}"));

    FetchResult result = fetcher.get(server.url("/api/models/nobody/nothing"));

    assertEquals(404, result.status());
    assertEquals("{\"error\":\"Repository not found\"}", result.body());
    assertEquals(1, result.attempts());
    assertEquals(List.of(), time.sleeps());
    assertEquals(1, server.requests().size());
  }

  @Test
  void sendsTheConfiguredUserAgentAndExtraHeadersOnEveryAttempt() throws Exception {
    server.enqueue(Response.status(503)).enqueue(Response.json(200, "ok"));

    fetcher.fetch(FetchRequest.get(server.url("/a")).withHeader("If-None-Match", "\"abc\"")
        .withHeader("User-Agent", "not-this-one"));

    assertEquals(2, server.requests().size());
    for (ScriptedServer.Request r : server.requests()) {
      assertEquals(UA, r.header("User-Agent"));
      assertEquals("\"abc\"", r.header("If-None-Match"));
      assertEquals("GET", r.method());
    }
  }

  @Test
  void throwsWithUrlStatusAndReasonWhenRetriesAreExhausted() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(Response.status(503));
    }
    URI url = server.url("/down");

    FetchException e = assertThrows(FetchException.class, () -> fetcher.get(url));

    assertEquals(url, e.url());
    assertEquals(503, e.lastStatus());
    assertEquals(4, e.attempts());
    assertEquals("HTTP 503", e.reason());
    assertEquals("GET " + url + " failed after 4 attempts (last status 503): HTTP 503", e.getMessage());
  }

  @Test
  void retriesConnectionErrorsThenThrows() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: connections are refused
    }
    URI url = URI.create("http://127.0.0.1:" + port + "/nothing");

    FetchException e = assertThrows(FetchException.class, () -> fetcher(2).get(url));

    assertEquals(0, e.lastStatus());
    assertEquals(3, e.attempts());
    assertTrue(e.reason().contains("ConnectException"), e.reason());
    assertEquals(List.of(Duration.ofMillis(750), Duration.ofMillis(1500)), time.sleeps());
  }

  @Test
  void spacesRequestsToOneHostByTheConfiguredRate() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(Response.json(200, "ok"));
    }
    for (int i = 0; i < 3; i++) {
      fetcher.get(server.url("/page" + i));
    }
    // 2 requests per second: the second and third request each wait 500 ms for their slot.
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), time.sleeps());
    List<ScriptedServer.Request> r = server.requests();
    assertEquals(Duration.ofMillis(500), Duration.between(r.get(0).at(), r.get(1).at()));
    assertEquals(Duration.ofMillis(500), Duration.between(r.get(1).at(), r.get(2).at()));
  }

  @Test
  void decodesGzipBodiesAndTheDeclaredCharset() throws Exception {
    String text = "[{\"id\":\"café/modèle\"}]";
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    server.enqueue(new Response(200, Map.of("Content-Type", "application/json; charset=utf-8", "Content-Encoding", "gzip"),
        gz.toByteArray()));
    server.enqueue(new Response(200, Map.of("Content-Type", "text/plain; charset=ISO-8859-1"),
        "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1)));

    assertEquals(text, fetcher.get(server.url("/gz")).body());
    assertEquals("caf\u00e9", fetcher.get(server.url("/latin1")).body());
    assertEquals("gzip", server.requests().get(0).header("Accept-Encoding"));
  }

  @Test
  void keepsBinaryBodiesIntactAndRefusesOversizedOnes() throws Exception {
    byte[] pdfLike = {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, 0, 1};
    server.enqueue(new Response(200, Map.of("Content-Type", "application/pdf"), pdfLike));
    server.enqueue(new Response(200, Map.of("Content-Type", "application/pdf"), new byte[5000]));

    FetchResult small = fetcher.fetch(FetchRequest.get(server.url("/a.pdf")).withMaxBytes(15));
    assertArrayEquals(pdfLike, small.bytes());
    FetchException e = assertThrows(FetchException.class,
        () -> fetcher.fetch(FetchRequest.get(server.url("/b.pdf")).withMaxBytes(4999)));
    assertEquals("body larger than 4999 bytes", e.reason());
    assertEquals(200, e.lastStatus());
    assertEquals(1, e.attempts(), "too large is not retried");
  }

  @Test
  void takesItsSettingsFromConfiguration() {
    Settings settings = Settings.defaults().with("http.max-requests-per-second", 4.0).with("http.max-retries", 7);

    FetchOptions options = FetchOptions.from(settings);

    assertEquals(Settings.defaults().httpUserAgent(), options.userAgent());
    assertEquals(Duration.ofMillis(250), options.minInterval());
    assertEquals(7, options.maxRetries());
    assertEquals(Duration.ofMillis(30_000), options.timeout());
  }
}
