package dev.framewatch.ingest.testing;

import com.sun.net.httpserver.Headers;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.FakeServer;
import dev.framewatch.fakeserver.QueueDispatcher;
import dev.framewatch.fakeserver.RecordedRequest;
import dev.framewatch.fakeserver.RoutingDispatcher;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A local HTTP server answering from a queue of scripted responses and recording every request, on the shared
 * {@link FakeServer}. Scripted responses are served first, in order; once the queue is empty, a request is answered from the
 * routes ({@link #route}: a fixed site, by path and query, for tests whose request order is not the point); anything else
 * answers 599 so a test that requests too much fails visibly.
 */
public final class ScriptedServer implements AutoCloseable {
  /** One scripted answer. */
  public record Response(int status, Map<String, String> headers, byte[] body) {
    public static Response json(int status, String body) {
      return new Response(status, Map.of("Content-Type", "application/json; charset=utf-8"),
          body.getBytes(StandardCharsets.UTF_8));
    }

    public static Response status(int status) {
      return new Response(status, Map.of(), new byte[0]);
    }

    public Response withHeader(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Response(status, h, body);
    }

    FakeResponse toFake() {
      return new FakeResponse(status, headers, body, -1);
    }
  }

  /** One received request; {@code at} is read from the server's clock (a test's fake clock, when given). */
  public record Request(String method, URI uri, Headers headers, Instant at) {
    public String header(String name) {
      return headers.getFirst(name);
    }

    static Request of(RecordedRequest r) {
      Headers headers = new Headers();
      headers.putAll(r.headers());
      return new Request(r.method(), r.target(), headers, r.at());
    }
  }

  private final RoutingDispatcher routes = new RoutingDispatcher(request -> QueueDispatcher.SCRIPT_SPENT);
  private final QueueDispatcher queue = new QueueDispatcher(routes);
  private final FakeServer server;

  public ScriptedServer(Clock clock) throws IOException {
    server = FakeServer.start(queue, FakeServer.Options.defaults().withClock(clock));
  }

  public ScriptedServer() throws IOException {
    this(Clock.systemUTC());
  }

  public ScriptedServer enqueue(Response response) {
    queue.enqueue(response.toFake());
    return this;
  }

  /** Answers {@code pathAndQuery} (exactly as requested, e.g. {@code /api/models?limit=3}) with {@code response} whenever the
   * queue is empty. */
  public ScriptedServer route(String pathAndQuery, Response response) {
    routes.exact(pathAndQuery, response.toFake());
    return this;
  }

  /** The absolute URL of a path on this server, e.g. {@code url("/api/models?limit=2")}. */
  public URI url(String pathAndQuery) {
    return server.url(pathAndQuery);
  }

  public String baseUrl() {
    return server.baseUrl();
  }

  public List<Request> requests() {
    return server.requests().stream().map(Request::of).toList();
  }

  @Override
  public void close() {
    server.close();
  }
}
