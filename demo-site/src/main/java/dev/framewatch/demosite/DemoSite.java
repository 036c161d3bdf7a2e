package dev.framewatch.demosite;

import dev.framewatch.core.settings.Settings;
import dev.framewatch.demosite.github.GitHubEndpoint;
import dev.framewatch.demosite.github.GitHubSearchEndpoint;
import dev.framewatch.demosite.http.ScriptedFailures;
import dev.framewatch.demosite.http.Validators;
import dev.framewatch.demosite.huggingface.HubModelsEndpoint;
import dev.framewatch.demosite.jobs.JobBoards;
import dev.framewatch.demosite.papers.PaperServices;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.FakeServer;
import dev.framewatch.fakeserver.RoutingDispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generated stand-in for the real services, for {@code framewatch demo} and tests: serves a {@link DemoCorpus} in each
 * service's own format on 127.0.0.1 at a free port, so the real crawlers run against it unchanged (only their base URL differs).
 *
 * <p>One {@link FakeServer} routes by path prefix to each service, grouped by the source it stands in for: papers from CVF
 * open access, OpenReview, the ACL Anthology and arXiv, with PDFs ({@link PaperServices}); jobs from JSON-LD pages and a
 * sitemap, Greenhouse, Lever and HN Algolia ({@link JobBoards}); GitHub's repos and stargazers ({@link GitHubEndpoint}); the
 * Hub's {@code /api/models} ({@link HubModelsEndpoint}); and {@code /robots.txt} (allow all). Each source meets the scripted
 * failures every crawler must survive (a 429 with {@code Retry-After: 1}, a 500 then success, a truncated body); see each
 * service. Every 200 carries validators ({@link Validators}). {@link #configure} points a configuration at all of it.
 */
public final class DemoSite implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSite.class);
  /** Enough for a crawler, a browser and a test poking at it at once; the machine has two cores. */
  private static final int THREADS = 4;
  private static final FakeResponse ROBOTS = FakeResponse.text(200, "text/plain; charset=utf-8",
      "User-agent: *\nAllow: /\n");
  private static final FakeResponse METHOD_NOT_ALLOWED = FakeResponse.json(405, "{\"error\":\"method not allowed\"}")
      .withHeader("Allow", "GET, HEAD");

  private final FakeServer server;
  private final DemoCorpus corpus;
  private final HubModelsEndpoint hubModels;
  private final GitHubEndpoint github;
  private final ScriptedFailures failures;
  private final Map<String, AtomicInteger> requestsBySource = new ConcurrentHashMap<>();

  private DemoSite(DemoCorpus corpus, boolean scriptedFailures) {
    this.corpus = corpus;
    this.failures = new ScriptedFailures(scriptedFailures);
    this.hubModels = new HubModelsEndpoint(corpus.models(), scriptedFailures);
    this.github = new GitHubEndpoint(corpus.repos(), failures);
    RoutingDispatcher routes = new RoutingDispatcher(served("other", request -> RoutingDispatcher.NOT_FOUND));
    route(routes, "site", Map.of("/robots.txt", request -> ROBOTS));
    route(routes, "huggingface", Map.of(HubModelsEndpoint.PATH, hubModels));
    route(routes, "papers", corpus.scale().isEmpty() ? PaperServices.routes(corpus.papers(), failures)
        : PaperServices.routes(corpus.papers(), corpus.arxivListings(),
            key -> ScaledSizes.arxivByPdfKey(corpus.seed(), corpus.scale().get(), key), failures));
    route(routes, "jobs", JobBoards.routes(corpus.jobs(), failures));
    route(routes, "github", Map.of(GitHubEndpoint.PATH, github,
        GitHubSearchEndpoint.PATH, new GitHubSearchEndpoint()));
    this.server = FakeServer.start(new Validators(routes),
        FakeServer.Options.defaults().withThreads(THREADS, "demo-site").withoutRecording());
    LOG.info("demo site{} serving {} models, {} papers, {} job postings and {} repositories at {}",
        corpus.scale().map(s -> " at scale " + s).orElse(""), corpus.models().size(),
        corpus.papers().size() + (corpus.scale().isEmpty() ? 0
            : corpus.arxivListings().values().stream().mapToInt(List::size).sum()),
        corpus.jobs().size(), corpus.repos().size(), server.baseUrl());
  }

  /** The standard corpus, with the scripted failure. */
  public static DemoSite start() {
    return start(DemoCorpus.standard());
  }

  public static DemoSite start(DemoCorpus corpus) {
    return start(corpus, true);
  }

  /**
   * @param scriptedFailures whether the site plays its scripted 429s, 500s, 503 and truncated bodies
   */
  public static DemoSite start(DemoCorpus corpus, boolean scriptedFailures) {
    return new DemoSite(corpus, scriptedFailures);
  }

  /** Mounts one source's services, each at its path prefix, counted under {@code source}. */
  private void route(RoutingDispatcher routes, String source, Map<String, Dispatcher> byPrefix) {
    byPrefix.forEach((prefix, service) -> routes.prefix(prefix, served(source, service)));
  }

  /** Counts a request for {@code source}, then answers GET and HEAD through {@code service} and refuses the rest. */
  private Dispatcher served(String source, Dispatcher service) {
    return request -> {
      requestsBySource.computeIfAbsent(source, k -> new AtomicInteger()).incrementAndGet();
      boolean readOnly = "GET".equals(request.method()) || "HEAD".equals(request.method());
      return readOnly ? service.dispatch(request) : METHOD_NOT_ALLOWED;
    };
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash: the value for {@code sources.<source>.base-url}. */
  public String baseUrl() {
    return server.baseUrl();
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

  /** Requests answered so far, failures and robots.txt included. */
  public int requestsServed() {
    return server.requestCount();
  }

  /**
   * The configuration that points framewatch at this site: every {@code sources.*.base-url} key (the per-API ones under
   * {@code sources.papers.*} and {@code sources.jobs.*} included) and what to crawl (venues, arXiv categories, boards, Lever
   * sites, repositories) as this site's corpus holds them; the HN stories are found by search, as on the real site. Values are
   * strings or lists of strings.
   */
  public Map<String, Object> overrides() {
    Map<String, Object> o = new LinkedHashMap<>();
    for (String key : List.of("sources.papers.base-url", "sources.papers.cvf.base-url", "sources.papers.neurips.base-url",
        "sources.papers.pmlr.base-url", "sources.papers.acl.base-url", "sources.papers.openreview.base-url",
        "sources.papers.arxiv.base-url", "sources.jobs.base-url", "sources.jobs.greenhouse.base-url",
        "sources.jobs.lever.base-url", "sources.jobs.hn.base-url", "sources.github.base-url",
        "sources.huggingface.base-url")) {
      o.put(key, baseUrl());
    }
    o.put("sources.papers.venues", corpus.paperVenues());
    o.put("sources.papers.arxiv.categories", corpus.arxivCategories());
    o.put("sources.jobs.seed-urls", List.of("/careers/sitemap.xml"));
    o.put("sources.jobs.greenhouse.boards", corpus.greenhouseBoards());
    o.put("sources.jobs.lever.companies", corpus.leverCompanies());
    if (corpus.scale().isPresent()) { // a thread a month back to 2014: older than the default since (2018-01)
      o.put("sources.jobs.hn.since", corpus.hnSince());
    }
    o.put("sources.github.repos", corpus.githubRepos());
    // arXiv's 3-second rate is for export.arxiv.org; the demo site's arXiv answers in a millisecond.
    o.put("sources.papers.arxiv.min-interval-ms", 0);
    return o;
  }

  /** {@code settings} with {@link #overrides()} applied. */
  public Settings configure(Settings settings) {
    Settings s = settings;
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

  @Override
  public void close() {
    server.close();
  }
}
