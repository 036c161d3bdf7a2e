package dev.framewatch.fakeserver;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local HTTP server that answers every request through one {@link Dispatcher}, in the manner of OkHttp's MockWebServer,
 * on the JDK's own server: 127.0.0.1, a free port, daemon threads. It reads each request whole, records it (unless told
 * not to), asks the dispatcher, and sends the {@link FakeResponse} as given: no body for HEAD, 204 and 304; a broken-off
 * transfer when the response says so.
 */
public final class FakeServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FakeServer.class);

  /**
   * How a server runs.
   *
   * @param threads how many requests it answers at once
   * @param threadName its threads' names, numbered ({@code demo-site-1}, ...)
   * @param clock what {@link RecordedRequest#at} reads
   * @param recording whether {@link #requests()} keeps every request (a long-running site turns it off)
   */
  public record Options(int threads, String threadName, Clock clock, boolean recording) {
    public static Options defaults() {
      return new Options(2, "fake-server", Clock.systemUTC(), true);
    }

    public Options withThreads(int n, String name) {
      return new Options(n, name, clock, recording);
    }

    public Options withClock(Clock c) {
      return new Options(threads, threadName, c, recording);
    }

    public Options withoutRecording() {
      return new Options(threads, threadName, clock, false);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Dispatcher dispatcher;
  private final Options options;
  private final String baseUrl;
  private final AtomicInteger received = new AtomicInteger();
  private final List<RecordedRequest> requests = new ArrayList<>();

  private FakeServer(Dispatcher dispatcher, Options options) throws IOException {
    this.dispatcher = dispatcher;
    this.options = options;
    // The JDK server reads this once, when its first server starts: without it every response waits for a delayed ACK
    // (~40 ms on JDK 17). The launcher sets it too; setting it here covers tests and embedded use.
    System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", this::serve);
    this.executor = Executors.newFixedThreadPool(options.threads(), daemonThreads(options.threadName()));
    server.setExecutor(executor);
    server.start();
  }

  public static FakeServer start(Dispatcher dispatcher) {
    return start(dispatcher, Options.defaults());
  }

  public static FakeServer start(Dispatcher dispatcher, Options options) {
    try {
      return new FakeServer(dispatcher, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a fake server on 127.0.0.1: " + e.getMessage(), e);
    }
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The absolute URL of a path on this server, e.g. {@code url("/api/models?limit=2")}. */
  public URI url(String pathAndQuery) {
    return URI.create(baseUrl + pathAndQuery);
  }

  /** Requests received so far, recorded or not. */
  public int requestCount() {
    return received.get();
  }

  /** Every request received so far, in order of arrival (empty when not recording). */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      RecordedRequest request = record(exchange);
      send(exchange, request, dispatcher.dispatch(request));
    } catch (RuntimeException e) {
      // The JDK server would drop the connection silently; say what went wrong.
      LOG.error("fake server at {} failed on {}", baseUrl, exchange.getRequestURI(), e);
      throw e;
    }
  }

  private RecordedRequest record(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    synchronized (this) {
      RecordedRequest r = new RecordedRequest(received.getAndIncrement(), exchange.getRequestMethod(),
          exchange.getRequestURI(), exchange.getRequestHeaders(), body, options.clock().instant(), baseUrl);
      if (options.recording()) {
        requests.add(r);
      }
      return r;
    }
  }

  private static void send(HttpExchange exchange, RecordedRequest request, FakeResponse response) throws IOException {
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    int status = response.status();
    boolean bodiless = "HEAD".equals(request.method()) || response.length() == 0 || status == 204 || status == 304;
    exchange.sendResponseHeaders(status, bodiless ? -1 : response.length());
    if (bodiless) {
      return;
    }
    OutputStream out = exchange.getResponseBody();
    out.write(response.sentBytes());
    out.flush();
    // Short of its Content-Length, closing the stream fails and the JDK closes the connection: the client sees the body
    // break off. A complete body closes normally.
    out.close();
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
