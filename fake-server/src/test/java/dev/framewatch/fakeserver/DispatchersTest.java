package dev.framewatch.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dispatchers and the response's rules without a socket: what answers which request. */
class DispatchersTest {
  private static RecordedRequest request(String target) {
    return new RecordedRequest(0, "GET", URI.create(target), Map.of("Accept", List.of("*/*")), new byte[0], Instant.EPOCH,
        "http://127.0.0.1:1");
  }

  @Test
  void aSpentQueueHandsOverToItsFallback() {
    FakeResponse a = FakeResponse.status(200);
    FakeResponse fallback = FakeResponse.status(404);
    QueueDispatcher queue = new QueueDispatcher(r -> fallback).enqueue(a);
    assertSame(a, queue.dispatch(request("/")));
    assertSame(fallback, queue.dispatch(request("/")));
    assertSame(QueueDispatcher.SCRIPT_SPENT, new QueueDispatcher().dispatch(request("/")));
  }

  @Test
  void anExactRouteIsTheWholeTargetQueryIncluded() {
    FakeResponse three = FakeResponse.status(203);
    RoutingDispatcher routes = new RoutingDispatcher(r -> FakeResponse.status(599)).exact("/m?limit=3", three);
    assertSame(three, routes.dispatch(request("/m?limit=3")));
    assertEquals(599, routes.dispatch(request("/m?limit=4")).status());
    assertEquals(599, routes.dispatch(request("/m")).status());
    assertSame(RoutingDispatcher.NOT_FOUND, new RoutingDispatcher().dispatch(request("/m")));
    assertThrows(IllegalArgumentException.class, () -> routes.prefix("api", r -> three));
  }

  @Test
  void headersAreReplacedInAnyCaseAndTheBodyCannotBeChangedFromOutside() {
    byte[] body = "abc".getBytes(StandardCharsets.UTF_8);
    FakeResponse r = FakeResponse.bytes(200, "text/plain", body).withHeader("content-type", "text/html")
        .withHeader("Link", "<x>; rel=\"next\"");
    assertEquals(Map.of("content-type", "text/html", "Link", "<x>; rel=\"next\""), r.headers());
    assertEquals("text/html", r.header("Content-Type"));
    assertNull(r.header("ETag"));
    body[0] = 'X';
    r.body()[1] = 'Y';
    assertEquals("abc", new String(r.body(), StandardCharsets.UTF_8));
    assertEquals(List.of(304, 0, -1), List.of(r.withoutBody(304).status(), r.withoutBody(304).body().length,
        r.withoutBody(304).breakAfter()));
    assertEquals(2, r.truncatedAfter(2).breakAfter());
    assertThrows(IllegalArgumentException.class, () -> r.truncatedAfter(4));
    assertThrows(IllegalArgumentException.class, () -> FakeResponse.status(42));
  }
}
