package dev.framewatch.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated stand-in for the real services, for {@code framewatch demo} and tests: serves a {@link DemoCorpus} in each
 * service's own format on 127.0.0.1 at a free port, so the real crawlers run against it unchanged (only their base URL differs).
 *
 * <p>Serves {@code /robots.txt} (allow all) and the Hub's {@code /api/models}, with one scripted 503 (see
 * {@link HubModelsEndpoint}).
 */
public final class DemoSite implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSite.class);
  /** Enough for a crawler, a browser and a test poking at it at once; the machine has two cores. */
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;
  private final DemoCorpus corpus;
  private final HubModelsEndpoint hubModels;
  private final String baseUrl;
  private final AtomicInteger requests = new AtomicInteger();

  private DemoSite(DemoCorpus corpus, boolean scriptedFailures) throws IOException {
    this.corpus = corpus;
    // The JDK server reads this once, when its first server starts: without it every response waits for a delayed ACK
    // (~40 ms on JDK 17). The launcher sets it too; setting it here covers tests and embedded use.
    System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    this.hubModels = new HubModelsEndpoint(corpus.models(), scriptedFailures);
    for (DemoEndpoint endpoint : List.of(new RobotsEndpoint(), hubModels)) {
      server.createContext(endpoint.path(), exchange -> serve(endpoint, exchange));
    }
    server.createContext("/", exchange -> serve(null, exchange));
    this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
    server.setExecutor(executor);
    server.start();
    LOG.info("demo site serving {} models at {}", corpus.models().size(), baseUrl);
  }

  /** The standard corpus, with the scripted failure. */
  public static DemoSite start() {
    return start(DemoCorpus.standard());
  }

  public static DemoSite start(DemoCorpus corpus) {
    return start(corpus, true);
  }

  /**
   * @param scriptedFailures whether the site plays its scripted 503 (see {@link HubModelsEndpoint})
   */
  public static DemoSite start(DemoCorpus corpus, boolean scriptedFailures) {
    try {
      return new DemoSite(corpus, scriptedFailures);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the demo site on 127.0.0.1: " + e.getMessage(), e);
    }
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash: the value for {@code sources.<source>.base-url}. */
  public String baseUrl() {
    return baseUrl;
  }

  public DemoCorpus corpus() {
    return corpus;
  }

  /** Scripted failures answered so far (0 or 1). */
  public int scriptedFailuresServed() {
    return hubModels.failuresServed();
  }

  /** Requests answered so far, failures included. */
  public int requestsServed() {
    return requests.get();
  }

  private void serve(DemoEndpoint endpoint, HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      requests.incrementAndGet();
      if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        Responses.json(exchange, 405, "{\"error\":\"method not allowed\"}");
      } else if (endpoint == null) {
        Responses.json(exchange, 404, "{\"error\":\"not found\"}");
      } else {
        endpoint.handle(exchange, baseUrl);
      }
    } catch (RuntimeException e) {
      // The JDK server would drop the connection silently; log what went wrong instead.
      LOG.error("demo site failed on {}", exchange.getRequestURI(), e);
      throw e;
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "demo-site-" + n.incrementAndGet());
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
