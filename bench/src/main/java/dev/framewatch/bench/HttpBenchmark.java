package dev.framewatch.bench;

import com.sun.net.httpserver.HttpServer;
import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.core.settings.DataDir;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.DashboardServer;
import dev.framewatch.index.search.DocumentSearch;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code bench http}: the dashboard under a fixed open-loop request rate, against a bare JDK HttpServer answering the very same
 * bytes in the same run. Open loop: request i is due at {@code start + i / rate} whatever happened before, and its latency counts
 * from that due time, so a stall shows up in the percentiles instead of quietly lowering the rate (coordinated omission).
 */
public final class HttpBenchmark {
  /** The dashboard's figures under test: the share API and a chart image, both answered from the per-commit cache. */
  static final List<String> TARGETS = List.of("/chart/papers.svg", "/api/share?by=venue,year");
  static final double TARGET_P99_MS = 50;

  private final int documents;
  private final int runs;
  private final int rate;
  private final int seconds;
  private final PrintStream err;

  public HttpBenchmark(int documents, int runs, int rate, int seconds, PrintStream err) {
    this.documents = documents;
    this.runs = runs;
    this.rate = rate;
    this.seconds = seconds;
    this.err = err;
  }

  /** Latencies of one load run, in milliseconds, and what went wrong. */
  record Load(double[] latenciesMs, int errors, double achievedRate) {
    double percentile(double p) {
      double[] s = latenciesMs.clone();
      Arrays.sort(s);
      return s[Math.min(s.length - 1, (int) Math.ceil(p * s.length) - 1)];
    }
  }

  public BenchReport run(Path work) throws Exception {
    // Without this, the JDK server answers loopback requests at ~90/s on JDK 17 (Nagle); the peer must not be crippled.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Path dataDir = work.resolve("data");
    FrameworkDetector detector = new FrameworkDetector(MethodLoader.load("default"));
    err.printf(Locale.ROOT, "indexing %,d generated papers...%n", documents);
    try (FramewatchShareIndex index = new FramewatchShareIndex(DataDir.at(dataDir).index(), detector,
        ShareBenchmark.RAM_BUFFER_MB, documents)) {
      ParallelIndexing.run(documents, index, err); // as bench share builds: 10M documents in minutes, not an hour
      index.commitAndOpen();
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    List<Comparison> comparisons = new ArrayList<>();
    Map<String, Object> setup = new LinkedHashMap<>();
    ExecutorService peerThreads = Executors.newFixedThreadPool(16);
    try (IndexShareService shares = new IndexShareService(DataDir.at(dataDir).index());
        DashboardServer dashboard = DashboardServer.start("127.0.0.1", 0, new DashboardData(shares,
            new DocumentSearch(detector, Vocabulary.standard()), Vocabulary.standard(), dataDir, "", null, Map.of()))) {
      HttpServer peer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
      peer.setExecutor(peerThreads);
      for (String target : TARGETS) {
        HttpResponse<byte[]> first = client.send(HttpRequest.newBuilder(URI.create(dashboard.url()).resolve(target)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (first.statusCode() != 200) {
          throw new IllegalStateException(target + " answered " + first.statusCode());
        }
        byte[] body = first.body();
        String type = first.headers().firstValue("Content-Type").orElse("application/octet-stream");
        setup.put("body bytes " + target, body.length);
        peer.createContext(URI.create(target).getPath(), exchange -> {
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
      }
      peer.start();
      try {
        URI peerBase = URI.create("http://127.0.0.1:" + peer.getAddress().getPort());
        for (String target : TARGETS) { // warm every path of both servers before timing any: JIT, connection pools
          load(client, URI.create(dashboard.url()).resolve(target), seconds);
          load(client, peerBase.resolve(target), seconds);
        }
        for (String target : TARGETS) {
          URI fw = URI.create(dashboard.url()).resolve(target);
          URI pe = peerBase.resolve(target);
          for (int r = 0; r < runs; r++) {
            Load a;
            Load b;
            if (r % 2 == 0) {
              a = load(client, fw, seconds);
              b = load(client, pe, seconds);
            } else {
              b = load(client, pe, seconds);
              a = load(client, fw, seconds);
            }
            comparisons.add(compare(target + (runs > 1 ? " #" + (r + 1) : ""), a, b));
          }
        }
      } finally {
        peer.stop(0);
      }
    } finally {
      peerThreads.shutdownNow();
    }
    setup.put("rate (requests/s, open loop)", rate);
    setup.put("seconds per load", seconds);
    setup.put("client", "JDK HttpClient, HTTP/1.1, same process");
    setup.put("figure", "framewatch_ms / peer_ms = p99 latency from each request's due time");
    return new BenchReport("http", documents, runs, 1, Machine.current(), setup, comparisons);
  }

  private Comparison compare(String name, Load fw, Load peer) {
    double p99 = fw.percentile(0.99);
    double peerP99 = peer.percentile(0.99);
    String note = String.format(Locale.ROOT, "p50 %.2f vs %.2f ms, max %.1f vs %.1f ms, achieved %.0f vs %.0f req/s, "
        + "errors %d vs %d", fw.percentile(0.5), peer.percentile(0.5), fw.percentile(1.0), peer.percentile(1.0),
        fw.achievedRate(), peer.achievedRate(), fw.errors(), peer.errors());
    boolean met = p99 < TARGET_P99_MS && fw.errors() == 0;
    return new Comparison(name, p99, "JDK HttpServer, same bytes", peerP99, p99 / peerP99,
        "p99 < " + (int) TARGET_P99_MS + " ms", met, null, null, note);
  }

  /** {@code rate * seconds} requests, each sent at its due time; waits for every answer. */
  private Load load(HttpClient client, URI uri, int secs) throws InterruptedException {
    int n = rate * secs;
    long period = 1_000_000_000L / rate;
    double[] latencies = new double[n];
    AtomicInteger errors = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(n);
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
    long start = System.nanoTime() + 10_000_000L;
    for (int i = 0; i < n; i++) {
      long due = start + i * period;
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      int k = i;
      client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
        latencies[k] = (System.nanoTime() - due) / 1e6;
        if (e != null || r.statusCode() != 200) {
          errors.incrementAndGet();
        }
        done.countDown();
      });
    }
    double sentSeconds = (System.nanoTime() - start) / 1e9;
    if (!done.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("requests to " + uri + " still unanswered after 60 s");
    }
    return new Load(latencies, errors.get(), n / Math.max(sentSeconds, 1e-9));
  }
}
