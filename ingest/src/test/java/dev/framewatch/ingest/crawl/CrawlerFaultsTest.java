package dev.framewatch.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.ingest.github.GitHubCrawler;
import dev.framewatch.ingest.github.GitHubOptions;
import dev.framewatch.ingest.huggingface.HuggingFaceCrawler;
import dev.framewatch.ingest.huggingface.HuggingFaceOptions;
import dev.framewatch.ingest.jobs.JobsCrawler;
import dev.framewatch.ingest.jobs.JobsOptions;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.papers.Fixtures;
import dev.framewatch.ingest.papers.PapersCrawler;
import dev.framewatch.ingest.papers.PapersOptions;
import dev.framewatch.ingest.papers.VenueTable;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrashingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.FakeTime;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The faults every crawler must survive, run against each of the four: robots.txt that disallows everything, a 429 with
 * Retry-After followed by a 500, and a process killed half-way through a crawl that is then run again. Each source's own
 * tests script its particular pages; here each source is a small fixed site (responses in the services' real formats, from
 * the same fixtures), so the faults can be put in front of whatever the crawler asks first.
 */
class CrawlerFaultsTest {
  private static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");

  /** One source: the site it crawls and how to run its crawler against it. */
  interface Site {
    /** Puts the site's pages on the server, by path and query. */
    void serve(ScriptedServer server);

    /** The source's crawler, on the site served at {@code base}. */
    Crawler crawler(CrawlContext context, String base);

    /** The ids a clean crawl publishes, in order. */
    List<String> ids();

    /** How many listings the crawl starts from (each fails on its own when it cannot be read). */
    int listings();
  }

  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final FakeTime time = harness.time;
  private final ScriptedServer server = harness.server;

  static Stream<String> sources() {
    return Stream.of("papers", "jobs", "github", "huggingface");
  }

  /** One crawl of {@code site}, its fetcher asking robots.txt first. */
  private CrawlSummary crawl(Site site, RecordSink sink, CrawlState state) {
    CrawlContext context = harness.context(CrawlerHarness.fetchOptions(2).withRespectRobots(true), sink, state);
    return site.crawler(context, server.baseUrl()).crawl(null);
  }

  private static Response robots(String body) {
    return new Response(200, Map.of("Content-Type", "text/plain"), body.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("sources")
  void robotsTxtDisallowingEverythingCostsOnlyTheRobotsTxtRequest(String source) {
    Site site = site(source);
    site.serve(server);
    server.route("/robots.txt", robots("User-agent: *\nDisallow: /\n"));
    CollectingSink sink = new CollectingSink();

    CrawlSummary summary = crawl(site, sink, CrawlState.none());

    assertEquals(List.of("/robots.txt"), harness.requested());
    assertEquals(List.of(), sink.ids());
    assertEquals(0, summary.recordsPublished());
    assertEquals(site.listings(), summary.failedPages(), summary.toString());
  }

  @ParameterizedTest
  @MethodSource("sources")
  void a429IsWaitedOutForItsRetryAfterAndA500IsRetried(String source) {
    Site site = site(source);
    site.serve(server);
    server.enqueue(Response.status(404)); // robots.txt: none, everything allowed
    server.enqueue(Response.json(429, "{\"error\":\"rate limited\"}").withHeader("Retry-After", "7"));
    server.enqueue(Response.json(500, "{\"error\":\"internal\"}"));
    CollectingSink sink = new CollectingSink();

    CrawlSummary summary = crawl(site, sink, CrawlState.none());

    assertEquals(site.ids(), sink.ids(), "the same records as a crawl without faults");
    assertEquals(0, summary.failedPages(), summary.toString());
    List<ScriptedServer.Request> requests = server.requests();
    String first = requests.get(1).uri().toString();
    assertEquals(List.of(first, first), List.of(requests.get(2).uri().toString(), requests.get(3).uri().toString()),
        "the page that failed is asked again, twice");
    Duration afterRateLimit = Duration.between(requests.get(1).at(), requests.get(2).at());
    assertTrue(afterRateLimit.compareTo(Duration.ofSeconds(7)) >= 0, "asked again after " + afterRateLimit);
    assertTrue(time.sleeps().contains(Duration.ofSeconds(7)), time.sleeps().toString());
    assertTrue(requests.get(3).at().isAfter(requests.get(2).at()), "a 500 is retried after a backoff");
  }

  @ParameterizedTest
  @MethodSource("sources")
  void aCrawlKilledHalfWayAndRunAgainPublishesEachRecordOnce(String source, @TempDir Path stateDir) {
    Site site = site(source);
    site.serve(server);
    server.route("/robots.txt", Response.status(404));
    int half = site.ids().size() / 2;

    CrashingSink dying = new CrashingSink(half);
    try (CrawlState state = CrawlState.open(stateDir, source)) {
      assertThrows(CrashingSink.Killed.class, () -> crawl(site, dying, state));
    }
    CollectingSink rerun = new CollectingSink();
    CrawlSummary again;
    try (CrawlState state = CrawlState.open(stateDir, source)) {
      again = crawl(site, rerun, state);
    }
    assertEquals(0, again.failedPages(), again.toString());

    Set<String> published = new HashSet<>(dying.durableIds());
    List<String> twice = new ArrayList<>();
    for (String id : rerun.ids()) {
      if (!published.add(id)) {
        twice.add(id);
      }
    }
    assertEquals(List.of(), twice, "published before the kill and again after it");
    assertEquals(Set.copyOf(site.ids()), published, "every record of a clean crawl, once");
  }

  private static String fixture(String path) {
    try (InputStream in = CrawlerFaultsTest.class.getResourceAsStream("/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response html(String body) {
    return new Response(200, Map.of("Content-Type", "text/html; charset=utf-8"), body.getBytes(StandardCharsets.UTF_8));
  }

  private static Site site(String source) {
    return switch (source) {
      case "papers" -> new PapersSite();
      case "jobs" -> new JobsSite();
      case "github" -> new GitHubSite();
      case "huggingface" -> new HuggingFaceSite();
      default -> throw new IllegalArgumentException(source);
    };
  }

  /** ICLR 2024 from OpenReview's API v2, two pages of notes. */
  static final class PapersSite implements Site {
    private static final String NOTES = "/notes?content.venueid=ICLR.cc/2024/Conference";

    @Override
    public void serve(ScriptedServer server) {
      server.route(NOTES + "&offset=0&limit=2", Response.json(200, fixture("papers/openreview/iclr2024_page1.json")));
      server.route(NOTES + "&offset=2&limit=2", Response.json(200, fixture("papers/openreview/iclr2024_page2.json")));
    }

    @Override
    public Crawler crawler(CrawlContext context, String base) {
      return new PapersCrawler(context, new PapersOptions(List.of(VenueTable.resolve("iclr-2024")),
          Fixtures.everyUpstreamAt(base + "/"), List.of(), 2, 0, 2, true, 0));
    }

    @Override
    public int listings() {
      return 1;
    }

    @Override
    public List<String> ids() {
      return List.of("paper:iclr:2024:aB3dE5fG7h", "paper:iclr:2024:Zz9Yy8Xx7W", "paper:iclr:2024:Qq1Ww2Ee3R");
    }
  }

  /** A JSON-LD careers site from its sitemap, a Greenhouse board, a Lever company in two pages. */
  static final class JobsSite implements Site {
    @Override
    public void serve(ScriptedServer server) {
      server.route("/sitemap.xml", new Response(200, Map.of("Content-Type", "application/xml"),
          fixture("jobs/sitemap.xml").replace("BASE", server.baseUrl()).getBytes(StandardCharsets.UTF_8)));
      server.route("/careers/ml-engineer", html(fixture("jobs/page_object.html")));
      server.route("/careers/nimbus", html(fixture("jobs/page_array.html")));
      server.route("/v1/boards/acmerobotics/jobs?content=true", Response.json(200, fixture("jobs/greenhouse_board.json")));
      server.route("/v0/postings/helix?mode=json&skip=0&limit=2", Response.json(200, fixture("jobs/lever_page1.json")));
      server.route("/v0/postings/helix?mode=json&skip=2&limit=2", Response.json(200, fixture("jobs/lever_page2.json")));
      server.route("/api/v1/search_by_date?tags=story,author_whoishiring&numericFilters=created_at_i%3E%3D1740787200"
          + "&hitsPerPage=20&page=0",
          Response.json(200, fixture("jobs/hn_search.json")));
      server.route("/api/v1/items/90000001", Response.json(200, fixture("jobs/hn_story.json")));
    }

    @Override
    public Crawler crawler(CrawlContext context, String base) {
      return new JobsCrawler(context, new JobsOptions(List.of(base + "/sitemap.xml"), base, List.of("acmerobotics"),
          base + "/", List.of("helix"), base, List.of(), YearMonth.of(2025, 3), 20, 2, 100));
    }

    @Override
    public int listings() {
      return 4;
    }

    @Override
    public List<String> ids() {
      return List.of("job:127.0.0.1:AR-1042", "job:127.0.0.1:77", "job:127.0.0.1:careers/nimbus", "job:greenhouse:4012399",
          "job:lever:5f1c2a9e-0001-4b7a-9d3e-aaaaaaaaaaaa", "job:lever:5f1c2a9e-0002-4b7a-9d3e-bbbbbbbbbbbb",
          "job:lever:5f1c2a9e-0003-4b7a-9d3e-cccccccccccc", "job:hn:90000101", "job:hn:90000103", "job:hn:90000104");
    }
  }

  /** One repository and its stargazers in three Link-paged pages. */
  static final class GitHubSite implements Site {
    @Override
    public void serve(ScriptedServer server) {
      String pages = server.baseUrl() + "/repositories/612345678/stargazers?per_page=100&page=";
      server.route("/repos/deepforge/tinynet", Response.json(200, fixture("github/repo_tinynet.json")));
      server.route("/repos/deepforge/tinynet/stargazers?per_page=100&page=1",
          Response.json(200, fixture("github/stargazers_tinynet_p1.json"))
              .withHeader("Link", "<" + pages + "2>; rel=\"next\", <" + pages + "3>; rel=\"last\""));
      // GitHub's Link headers name /repositories/{id}/...; the /repos/{owner}/{repo}/... form (a resumed crawl's) works too.
      for (String path : List.of("/repositories/612345678/stargazers", "/repos/deepforge/tinynet/stargazers")) {
        server.route(path + "?per_page=100&page=2", Response.json(200, fixture("github/stargazers_tinynet_p2.json"))
            .withHeader("Link", "<" + pages + "3>; rel=\"next\", <" + pages + "3>; rel=\"last\""));
        server.route(path + "?per_page=100&page=3", Response.json(200, fixture("github/stargazers_tinynet_p3.json")));
      }
    }

    @Override
    public Crawler crawler(CrawlContext context, String base) {
      return new GitHubCrawler(context, new GitHubOptions(base + "/", List.of("deepforge/tinynet"), null, 30, 400));
    }

    @Override
    public int listings() {
      return 1;
    }

    @Override
    public List<String> ids() {
      return List.of("gh:deepforge/tinynet", "stars:deepforge/tinynet:2023-05-01", "stars:deepforge/tinynet:2023-05-02",
          "stars:deepforge/tinynet:2023-05-07", "stars:deepforge/tinynet:2023-06-01");
    }
  }

  /** The transformers library's models, two pages by the Hub's Link cursor. */
  static final class HuggingFaceSite implements Site {
    private static final String LISTING = "/api/models?limit=3&full=true&sort=createdAt&direction=-1&library=transformers";

    @Override
    public void serve(ScriptedServer server) {
      String cursor = LISTING + "&cursor=eyIkdmFsdWUiOnsiJGRhdGUiOjE2NDYyNjM3NDQwMDB9fQ%3D%3D";
      server.route(LISTING, Response.json(200, fixture("huggingface/page1_transformers.json"))
          .withHeader("Link", "<" + server.url(cursor) + ">; rel=\"next\""));
      server.route(cursor, Response.json(200, fixture("huggingface/page2_transformers.json")));
    }

    @Override
    public Crawler crawler(CrawlContext context, String base) {
      return new HuggingFaceCrawler(context, new HuggingFaceOptions(base + "/", List.of("transformers"), 3, 0));
    }

    @Override
    public int listings() {
      return 1;
    }

    @Override
    public List<String> ids() {
      return List.of("hf:acme-ai/orca-mini-3b-instruct", "hf:nlp-lab/roberta-base-imdb", "hf:bert-base-german-cased",
          "hf:sshleifer/tiny-gpt2", "hf:kerasbook/mnist-convnet");
    }
  }
}
