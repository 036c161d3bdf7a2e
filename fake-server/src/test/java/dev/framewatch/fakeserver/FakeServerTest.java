package dev.framewatch.fakeserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server end to end, with the JDK's own HTTP client: what goes over the wire, byte for byte. */
class FakeServerTest {
  private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");
  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(FakeServer server, String target) throws Exception {
    return client.send(HttpRequest.newBuilder(server.url(target)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aQueuePlaysItsScriptInOrderThenSaysItIsSpent() throws Exception {
    QueueDispatcher script = new QueueDispatcher()
        .enqueue(FakeResponse.json(200, "{\"n\":1}"))
        .enqueue(FakeResponse.status(429).withHeader("Retry-After", "1"))
        .enqueue(FakeResponse.text(200, "text/plain; charset=utf-8", "third"));
    try (FakeServer server = FakeServer.start(script)) {
      HttpResponse<String> first = get(server, "/a");
      assertEquals(200, first.statusCode());
      assertEquals("{\"n\":1}", first.body());
      assertEquals("application/json; charset=utf-8", first.headers().firstValue("Content-Type").orElseThrow());
      assertEquals(2, script.remaining());

      HttpResponse<String> second = get(server, "/a");
      assertEquals(429, second.statusCode());
      assertEquals("1", second.headers().firstValue("Retry-After").orElseThrow());
      assertEquals("", second.body());

      assertEquals("third", get(server, "/b").body());
      HttpResponse<String> spent = get(server, "/c");
      assertEquals(599, spent.statusCode());
      assertEquals("{\"error\":\"no scripted response left\"}", spent.body());
      assertEquals(0, script.remaining());
      assertEquals(4, server.requestCount());
    }
  }

  @Test
  void routesMatchTheExactTargetThenTheLongestPrefixThenTheFallback() throws Exception {
    RoutingDispatcher routes = new RoutingDispatcher()
        .exact("/api/models?limit=3", FakeResponse.json(200, "exact"))
        .prefix("/api/", r -> FakeResponse.json(200, "api " + r.path()))
        .prefix("/api/models", r -> FakeResponse.json(200, "models " + r.query()))
        .prefix("/CVPR", r -> FakeResponse.json(200, "cvf " + r.path()));
    try (FakeServer server = FakeServer.start(routes)) {
      assertEquals("exact", get(server, "/api/models?limit=3").body());
      assertEquals("models {limit=4}", get(server, "/api/models?limit=4").body());
      assertEquals("models {}", get(server, "/api/models/x").body());
      assertEquals("api /api/query", get(server, "/api/query").body());
      assertEquals("cvf /CVPR2019", get(server, "/CVPR2019").body(), "a prefix is plain text, not a path segment");
      HttpResponse<String> other = get(server, "/robots.txt");
      assertEquals(404, other.statusCode());
      assertEquals("{\"error\":\"not found\"}", other.body());
    }
  }

  @Test
  void everyRequestIsRecordedAsSent() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    FakeServer.Options options = FakeServer.Options.defaults().withClock(clock);
    try (FakeServer server = FakeServer.start(r -> FakeResponse.status(204), options)) {
      client.send(HttpRequest.newBuilder(server.url("/notes?content.venueid=ICLR.cc%2F2024%2FConference&q=a+b&q=c&flag"))
          .header("If-None-Match", "\"abc\"").header("X-Twice", "1").header("X-Twice", "2").build(),
          HttpResponse.BodyHandlers.discarding());
      client.send(HttpRequest.newBuilder(server.url("/upload")).POST(HttpRequest.BodyPublishers.ofString("a=1")).build(),
          HttpResponse.BodyHandlers.discarding());

      List<RecordedRequest> requests = server.requests();
      assertEquals(2, requests.size());
      RecordedRequest get = requests.get(0);
      assertEquals(0, get.sequence());
      assertEquals("GET", get.method());
      assertEquals(URI.create("/notes?content.venueid=ICLR.cc%2F2024%2FConference&q=a+b&q=c&flag"), get.target());
      assertEquals("/notes", get.path());
      assertEquals(Map.of("content.venueid", "ICLR.cc/2024/Conference", "q", "a b", "flag", ""), get.query());
      assertEquals(List.of("content.venueid", "q", "flag"), List.copyOf(get.query().keySet()));
      assertEquals("\"abc\"", get.header("if-none-match"));
      assertEquals(List.of("1", "2"), get.headerValues("x-twice"));
      assertEquals(List.of(), get.headerValues("X-Absent"));
      assertEquals(NOW, get.at());
      assertEquals(server.baseUrl(), get.baseUrl());
      assertEquals(server.url("/notes?content.venueid=ICLR.cc%2F2024%2FConference&q=a+b&q=c&flag"), get.url());

      RecordedRequest post = requests.get(1);
      assertEquals(1, post.sequence());
      assertEquals("POST", post.method());
      assertArrayEquals("a=1".getBytes(StandardCharsets.UTF_8), post.body());
    }
  }

  @Test
  void aSiteThatKeepsNoRecordStillCountsItsRequests() throws Exception {
    try (FakeServer server = FakeServer.start(r -> FakeResponse.status(204),
        FakeServer.Options.defaults().withoutRecording())) {
      get(server, "/a");
      get(server, "/b");
      assertEquals(2, server.requestCount());
      assertEquals(List.of(), server.requests());
    }
  }

  @Test
  void aBrokenOffTransferAnnouncesTheWholeBodyAndSendsOnlyItsStart() throws Exception {
    byte[] body = new byte[100];
    for (int i = 0; i < body.length; i++) {
      body[i] = (byte) ('a' + i % 26);
    }
    try (FakeServer server = FakeServer.start(r -> r.path().equals("/cut")
        ? FakeResponse.bytes(200, "application/pdf", body).truncatedAfter(40)
        : FakeResponse.bytes(200, "application/pdf", body))) {
      HttpResponse<InputStream> cut = client.send(HttpRequest.newBuilder(server.url("/cut")).build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, cut.statusCode());
      assertEquals("100", cut.headers().firstValue("Content-Length").orElseThrow());
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      try (InputStream in = cut.body()) {
        assertThrows(IOException.class, () -> {
          byte[] buf = new byte[16];
          for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            received.write(buf, 0, n);
          }
        });
      }
      assertArrayEquals(java.util.Arrays.copyOf(body, 40), received.toByteArray());

      // The server goes on serving: the same body, whole, on a new connection.
      HttpResponse<byte[]> whole = client.send(HttpRequest.newBuilder(server.url("/whole")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertArrayEquals(body, whole.body());
      assertEquals("100", whole.headers().firstValue("Content-Length").orElseThrow());
    }
  }

  @Test
  void headAnd304AnswersCarryHeadersButNoBody() throws Exception {
    try (FakeServer server = FakeServer.start(r -> r.path().equals("/unchanged")
        ? FakeResponse.json(200, "{}").withHeader("ETag", "\"e1\"").withoutBody(304)
        : FakeResponse.json(200, "{\"big\":true}").withHeader("ETag", "\"e2\""))) {
      HttpResponse<String> head = client.send(HttpRequest.newBuilder(server.url("/x"))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, head.statusCode());
      assertEquals("\"e2\"", head.headers().firstValue("ETag").orElseThrow());
      assertEquals("", head.body());

      HttpResponse<String> unchanged = get(server, "/unchanged");
      assertEquals(304, unchanged.statusCode());
      assertEquals("\"e1\"", unchanged.headers().firstValue("ETag").orElseThrow());
      assertEquals("application/json; charset=utf-8", unchanged.headers().firstValue("Content-Type").orElseThrow());
      assertEquals("", unchanged.body());
    }
  }

  @Test
  void aFailingDispatcherDropsThatConnectionOnly() throws Exception {
    try (FakeServer server = FakeServer.start(r -> {
      if (r.path().equals("/boom")) {
        throw new IllegalStateException("scripted bug");
      }
      return FakeResponse.json(200, "ok");
    })) {
      assertThrows(IOException.class, () -> get(server, "/boom"));
      assertEquals("ok", get(server, "/fine").body());
    }
  }
}
