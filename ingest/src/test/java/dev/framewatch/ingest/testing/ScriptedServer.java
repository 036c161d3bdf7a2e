package dev.framewatch.ingest.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A local HTTP server answering from a queue of scripted responses and recording every request, in the manner of OkHttp's
 * MockWebServer, on the JDK's own server. Scripted responses are served first, in order; once the queue is empty, a request is
 * answered from the routes ({@link #route}: a fixed site, by path and query, for tests whose request order is not the point);
 * anything else answers 599 so a test that requests too much fails visibly.
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
  }

  /** One received request; {@code at} is read from the server's clock (a test's fake clock, when given). */
  public record Request(String method, URI uri, Headers headers, Instant at) {
    public String header(String name) {
      return headers.getFirst(name);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final ConcurrentLinkedQueue<Response> queue = new ConcurrentLinkedQueue<>();
  private final Map<String, Response> routes = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();
  private final Clock clock;

  public ScriptedServer(Clock clock) throws IOException {
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public ScriptedServer() throws IOException {
    this(Clock.systemUTC());
  }

  public ScriptedServer enqueue(Response response) {
    queue.add(response);
    return this;
  }

  /** Answers {@code pathAndQuery} (exactly as requested, e.g. {@code /api/models?limit=3}) with {@code response} whenever the
   * queue is empty. */
  public ScriptedServer route(String pathAndQuery, Response response) {
    routes.put(pathAndQuery, response);
    return this;
  }

  /** The absolute URL of a path on this server, e.g. {@code url("/api/models?limit=2")}. */
  public URI url(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      synchronized (this) {
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getRequestHeaders(),
            clock.instant()));
      }
      Response r = queue.poll();
      if (r == null) {
        r = routes.get(exchange.getRequestURI().toString());
      }
      if (r == null) {
        r = Response.json(599, "{\"error\":\"no scripted response left\"}");
      }
      r.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      if (r.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(r.body());
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
