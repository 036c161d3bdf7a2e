package dev.framewatch.app.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>Serves {@code /robots.txt} (allow all) and one {@link DemoEndpoint} per upstream: the Hub's {@code /api/models}
 * ({@link HubModelsEndpoint}); papers from CVF open access ({@link CvfEndpoint}), OpenReview ({@link OpenReviewEndpoint}),
 * the ACL Anthology ({@link AclEndpoint}) and arXiv ({@link ArxivEndpoint}), with PDFs ({@link PdfEndpoint}); jobs from
 * JSON-LD pages and a sitemap ({@link JobPagesEndpoint}), Greenhouse ({@link GreenhouseEndpoint}), Lever
 * ({@link LeverEndpoint}) and HN Algolia ({@link HackerNewsEndpoint}); GitHub's repos and stargazers
 * ({@link GitHubEndpoint}). Each source meets the scripted failures every crawler must survive (a 429 with
 * {@code Retry-After: 1}, a 500 then success, a truncated body); see each endpoint. {@link #configure} points a
 * configuration at all of it.
 */
public final class DemoSite implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSite.class);
  /** Enough for a crawler, a browser and a test poking at it at once; the machine has two cores. */
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;
  private final DemoCorpus corpus;
  private final HubModelsEndpoint hubModels;
  private final GitHubEndpoint github;
  private final String baseUrl;
  private final AtomicInteger requests = new AtomicInteger();
  private final ScriptedFailures failures;
  private final List<DemoEndpoint> endpoints;
  private final Map<String, AtomicInteger> requestsBySource = new ConcurrentHashMap<>();

  private DemoSite(DemoCorpus corpus, boolean scriptedFailures) throws IOException {
    this.corpus = corpus;
    // The JDK server reads this once, when its first server starts: without it every response waits for a delayed ACK
    // (~40 ms on JDK 17). The launcher sets it too; setting it here covers tests and embedded use.
    System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    this.hubModels = new HubModelsEndpoint(corpus.models(), scriptedFailures);
    this.failures = new ScriptedFailures(scriptedFailures);
    PaperPdf pdfs = new PaperPdf(failures);
    this.github = new GitHubEndpoint(corpus.repos(), failures);
    this.endpoints = List.of(new RobotsEndpoint(), hubModels,
        new CvfEndpoint(corpus.papers(), pdfs, failures), new OpenReviewEndpoint(corpus.papers(), failures),
        new AclEndpoint(corpus.papers()), new ArxivEndpoint(corpus.papers(), failures), new PdfEndpoint(corpus.papers(), pdfs),
        new JobPagesEndpoint(corpus.jobs(), failures), new GreenhouseEndpoint(corpus.jobs(), failures),
        new LeverEndpoint(corpus.jobs(), failures), new HackerNewsEndpoint(corpus.jobs()),
        github);
    for (DemoEndpoint endpoint : endpoints) {
      for (String path : endpoint.paths()) {
        server.createContext(path, exchange -> serve(endpoint, exchange));
      }
    }
    server.createContext("/", exchange -> serve(null, exchange));
    this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
    server.setExecutor(executor);
    server.start();
    LOG.info("demo site serving {} models, {} papers, {} job postings and {} repositories at {}", corpus.models().size(),
        corpus.papers().size(), corpus.jobs().size(), corpus.repos().size(), baseUrl);
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

  /** Transient scripted failures (429s, 500s, the Hub's 503) answered so far; truncated bodies are not counted. */
  public int scriptedFailuresServed() {
    return hubModels.failuresServed() + failures.played();
  }

  /** Requests answered so far for one source ({@code papers}, {@code jobs}, {@code github}, {@code huggingface}). */
  public int requestsServed(String source) {
    AtomicInteger n = requestsBySource.get(source);
    return n == null ? 0 : n.get();
  }

  /**
   * The configuration that points framewatch at this site: every {@code sources.*.base-url} key (the per-API ones under
   * {@code sources.papers.*} and {@code sources.jobs.*} included) and what to crawl (venues, arXiv categories, boards, Lever
   * sites, HN stories, repositories) as this site's corpus holds them. Values are strings or lists of strings.
   */
  public Map<String, Object> overrides() {
    Map<String, Object> o = new java.util.LinkedHashMap<>();
    for (String key : List.of("sources.papers.base-url", "sources.papers.cvf.base-url", "sources.papers.neurips.base-url",
        "sources.papers.pmlr.base-url", "sources.papers.acl.base-url", "sources.papers.openreview.base-url",
        "sources.papers.arxiv.base-url", "sources.jobs.base-url", "sources.jobs.greenhouse.base-url",
        "sources.jobs.lever.base-url", "sources.jobs.hn.base-url", "sources.github.base-url",
        "sources.huggingface.base-url")) {
      o.put(key, baseUrl);
    }
    o.put("sources.papers.venues", corpus.paperVenues());
    o.put("sources.papers.arxiv.categories", corpus.arxivCategories());
    o.put("sources.jobs.seed-urls", List.of("/careers/sitemap.xml"));
    o.put("sources.jobs.greenhouse.boards", corpus.greenhouseBoards());
    o.put("sources.jobs.lever.companies", corpus.leverCompanies());
    o.put("sources.jobs.hn.story-ids", corpus.hnStoryIds());
    o.put("sources.github.repos", corpus.githubRepos());
    // arXiv's 3-second rate is for export.arxiv.org; the demo site's arXiv answers in a millisecond.
    o.put("sources.papers.arxiv.min-interval-ms", 0);
    return o;
  }

  /** {@code settings} with {@link #overrides()} applied. */
  public dev.framewatch.core.settings.Settings configure(dev.framewatch.core.settings.Settings settings) {
    dev.framewatch.core.settings.Settings s = settings;
    for (Map.Entry<String, Object> e : overrides().entrySet()) {
      s = s.with(e.getKey(), e.getValue());
    }
    return s;
  }

  /**
   * Serves the site as it was a little earlier: without the {@code models} newest Hub models, and each repository without its
   * {@code stars} newest stars. {@code holdBack(0, 0)} then plays the site growing, for re-crawl tests: the listings change,
   * and exactly those models and stars are new.
   */
  public void holdBack(int models, int stars) {
    hubModels.holdBack(models);
    github.holdBack(stars);
  }

  /** Requests answered so far, failures and robots.txt included. */
  public int requestsServed() {
    return requests.get();
  }

  private void serve(DemoEndpoint endpoint, HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      requests.incrementAndGet();
      requestsBySource.computeIfAbsent(endpoint == null ? "other" : endpoint.source(), k -> new AtomicInteger())
          .incrementAndGet();
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
