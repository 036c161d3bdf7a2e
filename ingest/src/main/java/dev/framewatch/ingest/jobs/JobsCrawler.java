package dev.framewatch.ingest.jobs;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.PageFailure;
import dev.framewatch.ingest.crawl.PageReport;
import dev.framewatch.ingest.http.FetchException;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.kafka.RecordSink;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls job postings into {@code Job} records from four kinds of source, in this order: JSON-LD pages (seed URLs, or the pages
 * a seed sitemap lists), Greenhouse boards, Lever sites (paged with {@code skip}/{@code limit}), and Hacker News "Who is
 * hiring?" threads.
 *
 * <p>A posting already published in this run (same fingerprint: company and normalized description, see
 * {@link JobDeduplicator}) is not published again, wherever it came from; the first one seen wins, so JSON-LD pages, which
 * carry the employer's own page, win over the boards. Failures stay local: an unusable page (error status, retries exhausted,
 * malformed body) is dead-lettered with its URL and the reason and the crawl goes on with the next page or partition; an
 * invalid item is dead-lettered and the rest of its page still counts.
 */
public final class JobsCrawler {
  public static final String SOURCE = "jobs";
  private static final Logger LOG = LoggerFactory.getLogger(JobsCrawler.class);
  static final int EXCERPT_CHARS = PageFailure.EXCERPT_CHARS;
  /** Lever pages per site, at most: a guard against a server that ignores {@code skip}. */
  static final int MAX_LEVER_PAGES = 1_000;
  private static final int MAX_SITEMAP_DEPTH = 2;

  private final HttpFetcher fetcher;
  private final RecordSink sink;
  private final JobsOptions options;
  private final Clock clock;

  public JobsCrawler(HttpFetcher fetcher, RecordSink sink, JobsOptions options, Clock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public JobsCrawler(HttpFetcher fetcher, RecordSink sink, Settings settings) {
    this(fetcher, sink, JobsOptions.from(settings), Clock.systemUTC());
  }

  /** Crawls everything configured, then flushes the sink (so a failed Kafka send fails the crawl). */
  public JobsCrawlReport crawl(CrawlListener listener) {
    Run run = new Run(listener == null ? CrawlListener.NONE : listener);
    for (String seed : options.seedUrls()) {
      crawlSeed(run, seed);
    }
    for (String board : options.greenhouseBoards()) {
      crawlGreenhouse(run, board);
    }
    for (String company : options.leverCompanies()) {
      crawlLever(run, company);
    }
    List<Long> stories = options.hnStoryIds().isEmpty() && !options.hnBaseUrl().isEmpty() ? findHiringStories(run)
        : options.hnStoryIds();
    for (Long story : stories) {
      crawlHnStory(run, story);
    }
    sink.flush();
    JobsCrawlReport report = new JobsCrawlReport(
        new CrawlSummary(SOURCE, run.pages, run.published, run.failedPages, run.deadLettered), run.duplicates, run.skipped);
    LOG.info("{}", report);
    return report;
  }

  // ---- URLs

  public URI greenhouseUrl(String board) {
    return URI.create(options.greenhouseBaseUrl() + "/v1/boards/" + segment(board) + "/jobs?content=true");
  }

  public URI leverUrl(String company, int skip) {
    return URI.create(options.leverBaseUrl() + "/v0/postings/" + segment(company) + "?mode=json&skip=" + skip + "&limit="
        + options.leverPageSize());
  }

  public URI hnItemUrl(long storyId) {
    return URI.create(options.hnBaseUrl() + "/api/v1/items/" + storyId);
  }

  public URI hnSearchUrl() {
    return URI.create(options.hnBaseUrl() + "/api/v1/search_by_date?tags=story,author_whoishiring&query=who%20is%20hiring");
  }

  private static String segment(String s) {
    return URLEncoder.encode(s.trim(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  // ---- the four kinds

  private void crawlSeed(Run run, String seed) {
    URI url;
    try {
      url = URI.create(seed.trim());
      if (!url.isAbsolute()) {
        throw new IllegalArgumentException("not an absolute URL");
      }
    } catch (IllegalArgumentException e) {
      run.failPage(JsonLdJobParser.SOURCE, seed, null, 0, 0, "bad seed URL \"" + seed + "\": " + e.getMessage(), "");
      return;
    }
    Set<URI> visited = new HashSet<>();
    Deque<URI> sitemaps = new ArrayDeque<>();
    Map<URI, Integer> depth = new LinkedHashMap<>();
    FetchResult first = run.fetch(JsonLdJobParser.SOURCE, seed, url);
    visited.add(url);
    if (first == null) {
      return;
    }
    if (!SitemapParser.isSitemap(first.body())) {
      crawlJsonLdPage(run, seed, url, first);
      return;
    }
    int pagesRead = 0;
    sitemaps.add(url);
    depth.put(url, 0);
    FetchResult sitemapPage = first;
    while (!sitemaps.isEmpty()) {
      URI sitemapUrl = sitemaps.poll();
      if (sitemapPage == null) {
        sitemapPage = run.fetch(JsonLdJobParser.SOURCE, seed, sitemapUrl);
        if (sitemapPage == null) {
          continue;
        }
      }
      SitemapParser.Sitemap sitemap;
      try {
        sitemap = SitemapParser.parse(sitemapPage.body(), sitemapPage.url());
      } catch (MalformedResponseException e) {
        run.failPage(JsonLdJobParser.SOURCE, seed, sitemapUrl, sitemapPage.status(), sitemapPage.attempts(), e.getMessage(),
            sitemapPage.excerpt(EXCERPT_CHARS));
        sitemapPage = null;
        continue;
      }
      run.report(JsonLdJobParser.SOURCE, seed, sitemapUrl, sitemapPage, 0, 0);
      sitemapPage = null;
      for (URI nested : sitemap.sitemaps()) {
        int d = depth.get(sitemapUrl) + 1;
        if (d <= MAX_SITEMAP_DEPTH && visited.add(nested)) {
          depth.put(nested, d);
          sitemaps.add(nested);
        }
      }
      for (URI page : sitemap.pages()) {
        if (pagesRead >= options.maxSitemapPages()) {
          LOG.warn("sitemap {} lists more than {} pages; reading no more", seed, options.maxSitemapPages());
          return;
        }
        if (!visited.add(page)) {
          continue;
        }
        pagesRead++;
        FetchResult result = run.fetch(JsonLdJobParser.SOURCE, seed, page);
        if (result != null) {
          crawlJsonLdPage(run, seed, page, result);
        }
      }
    }
  }

  private void crawlJsonLdPage(Run run, String partition, URI url, FetchResult page) {
    run.publish(JsonLdJobParser.SOURCE, partition, url, page, JsonLdJobParser.parse(page.body(), page.url(), clock.instant()));
  }

  private void crawlGreenhouse(Run run, String board) {
    URI url = greenhouseUrl(board);
    FetchResult page = run.fetch(GreenhouseParser.SOURCE, board, url);
    if (page == null) {
      return;
    }
    try {
      JobParse parse = GreenhouseParser.parse(page.body(), board, clock.instant());
      long total = GreenhouseParser.total(page.body());
      if (total >= 0 && total != parse.jobs().size() + parse.rejected().size()) {
        LOG.warn("Greenhouse board {} says {} jobs but lists {}", board, total, parse.jobs().size() + parse.rejected().size());
      }
      run.publish(GreenhouseParser.SOURCE, board, url, page, parse);
    } catch (MalformedResponseException e) {
      run.failPage(GreenhouseParser.SOURCE, board, url, page.status(), page.attempts(), e.getMessage(),
          page.excerpt(EXCERPT_CHARS));
    }
  }

  private void crawlLever(Run run, String company) {
    for (int pageIndex = 0, skip = 0; pageIndex < MAX_LEVER_PAGES; pageIndex++, skip += options.leverPageSize()) {
      URI url = leverUrl(company, skip);
      FetchResult page = run.fetch(LeverParser.SOURCE, company, url);
      if (page == null) {
        return;
      }
      JobParse parse;
      try {
        parse = LeverParser.parse(page.body(), company, clock.instant());
      } catch (MalformedResponseException e) {
        run.failPage(LeverParser.SOURCE, company, url, page.status(), page.attempts(), e.getMessage(),
            page.excerpt(EXCERPT_CHARS));
        return;
      }
      run.publish(LeverParser.SOURCE, company, url, page, parse);
      if (parse.jobs().size() + parse.rejected().size() < options.leverPageSize()) {
        return;
      }
    }
    LOG.warn("Lever site {} still had postings after {} pages; stopped", company, MAX_LEVER_PAGES);
  }

  private List<Long> findHiringStories(Run run) {
    URI url = hnSearchUrl();
    FetchResult page = run.fetch(HackerNewsParser.SOURCE, "search", url);
    if (page == null) {
      return List.of();
    }
    try {
      List<Long> ids = HackerNewsParser.parseSearch(page.body());
      run.report(HackerNewsParser.SOURCE, "search", url, page, 0, 0);
      if (ids.isEmpty()) {
        LOG.warn("HN search found no \"Who is hiring?\" story");
        return List.of();
      }
      return List.of(ids.get(0));
    } catch (MalformedResponseException e) {
      run.failPage(HackerNewsParser.SOURCE, "search", url, page.status(), page.attempts(), e.getMessage(),
          page.excerpt(EXCERPT_CHARS));
      return List.of();
    }
  }

  private void crawlHnStory(Run run, long storyId) {
    URI url = hnItemUrl(storyId);
    String partition = Long.toString(storyId);
    FetchResult page = run.fetch(HackerNewsParser.SOURCE, partition, url);
    if (page == null) {
      return;
    }
    try {
      run.publish(HackerNewsParser.SOURCE, partition, url, page, HackerNewsParser.parseStory(page.body(), clock.instant()));
    } catch (MalformedResponseException e) {
      run.failPage(HackerNewsParser.SOURCE, partition, url, page.status(), page.attempts(), e.getMessage(),
          page.excerpt(EXCERPT_CHARS));
    }
  }

  /** One crawl run: its counts, its fingerprints and its progress listener; confined to the crawling thread. */
  private final class Run {
    final CrawlListener progress;
    final JobDeduplicator dedup = new JobDeduplicator();
    int pages;
    long published;
    int failedPages;
    long deadLettered;
    long duplicates;
    long skipped;

    Run(CrawlListener progress) {
      this.progress = progress;
    }

    /** The page when it answered 200; otherwise null, the page dead-lettered. */
    FetchResult fetch(String source, String partition, URI url) {
      pages++;
      FetchResult page;
      try {
        page = fetcher.get(url);
      } catch (FetchException e) {
        failPage(source, partition, url, e.lastStatus(), e.attempts(), e.reason(), "");
        return null;
      }
      if (page.status() != 200) {
        failPage(source, partition, url, page.status(), page.attempts(), "HTTP " + page.status(), page.excerpt(EXCERPT_CHARS));
        return null;
      }
      return page;
    }

    void publish(String source, String partition, URI url, FetchResult page, JobParse parse) {
      int sent = 0;
      for (Job job : parse.jobs()) {
        if (dedup.firstSeen(job)) {
          sink.publish(job);
          sent++;
        } else {
          duplicates++;
          LOG.debug("{} repeats a posting already published in this run", job.id());
        }
      }
      for (JobParse.Rejected r : parse.rejected()) {
        sink.deadLetter(new DeadLetter(url.toString(), r.reason(), r.input(),
            PageFailure.context(source, "job", page.status(), "partition", partition),
            clock.instant()));
      }
      published += sent;
      deadLettered += parse.rejected().size();
      skipped += parse.skipped();
      report(source, partition, url, page, sent, parse.rejected().size());
    }

    void report(String source, String partition, URI url, FetchResult page, int records, int rejected) {
      progress.onPage(new PageReport(source, partition, url, page.status(), page.attempts(), records, rejected, published));
    }

    void failPage(String source, String partition, URI url, int status, int attempts, String reason, String excerpt) {
      String origin = url == null ? partition : url.toString();
      LOG.warn("{} page {} failed (status {}): {}", source, origin, status, reason);
      failedPages++;
      deadLettered++;
      sink.deadLetter(new DeadLetter(origin, reason, excerpt,
          PageFailure.context(source, "job", status, "partition", partition), clock.instant()));
      progress.onPage(new PageReport(source, partition, url, status, attempts, 0, 1, published));
    }

  }
}
