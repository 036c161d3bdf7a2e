package dev.framewatch.ingest.jobs;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.PageFailure;
import dev.framewatch.ingest.crawl.PageReport;
import dev.framewatch.ingest.http.FetchException;
import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.Checkpoint;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.state.Validators;
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
  /** Marks of postings published: job id to its fingerprint. */
  static final String KNOWN = "job";
  /** Marks of fingerprints published: fingerprint to the job id it was published under. */
  static final String FINGERPRINTS = "job-fingerprint";

  private final HttpFetcher fetcher;
  private final RecordSink sink;
  private final JobsOptions options;
  private final Clock clock;
  private final CrawlState state;

  /** A crawler that remembers nothing between crawls. */
  public JobsCrawler(HttpFetcher fetcher, RecordSink sink, JobsOptions options, Clock clock) {
    this(fetcher, sink, options, clock, CrawlState.none());
  }

  public JobsCrawler(HttpFetcher fetcher, RecordSink sink, JobsOptions options, Clock clock, CrawlState state) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.state = Objects.requireNonNull(state, "state");
  }

  public JobsCrawler(HttpFetcher fetcher, RecordSink sink, Settings settings) {
    this(fetcher, sink, settings, CrawlState.none());
  }

  public JobsCrawler(HttpFetcher fetcher, RecordSink sink, Settings settings, CrawlState state) {
    this(fetcher, sink, JobsOptions.from(settings), Clock.systemUTC(), state);
  }

  /** Crawls everything configured, then flushes the sink (so a failed Kafka send fails the crawl). */
  public JobsCrawlReport crawl(CrawlListener listener) {
    Run run = new Run(listener == null ? CrawlListener.NONE : listener, new Checkpoint(state, sink));
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
    run.checkpoint.commit();
    JobsCrawlReport report = new JobsCrawlReport(new CrawlSummary(SOURCE, run.pages, run.published, run.failedPages,
        run.deadLettered, run.notModified, run.known, run.duplicates), run.duplicates, run.skipped);
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
    boolean isSitemap = first.status() == 304 ? keptSitemap(run, url) != null : SitemapParser.isSitemap(first.body());
    if (!isSitemap) {
      if (first.status() != 304) {
        crawlJsonLdPage(run, seed, url, first);
      }
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
      if (sitemapPage.status() == 304) {
        // Unchanged: its list of pages is the one kept with its validators; the pages are still asked, conditionally.
        sitemap = keptSitemap(run, sitemapUrl);
        if (sitemap == null) {
          sitemapPage = null;
          continue;
        }
      } else {
        try {
          sitemap = SitemapParser.parse(sitemapPage.body(), sitemapPage.url());
        } catch (MalformedResponseException e) {
          run.failPage(JsonLdJobParser.SOURCE, seed, sitemapUrl, sitemapPage.status(), sitemapPage.attempts(), e.getMessage(),
              sitemapPage.excerpt(EXCERPT_CHARS));
          sitemapPage = null;
          continue;
        }
        run.report(JsonLdJobParser.SOURCE, seed, sitemapUrl, sitemapPage, 0, 0);
        // A sitemap vouches for no record: its validators (and its list) can be kept at once.
        run.checkpoint.validators(sitemapUrl, sitemapPage, encode(sitemap));
      }
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
        if (result != null && result.status() != 304) {
          crawlJsonLdPage(run, seed, page, result);
        }
      }
    }
  }

  /** A sitemap's pages and nested sitemaps, one per line, each prefixed {@code p } or {@code s }: kept with its validators. */
  static String encode(SitemapParser.Sitemap sitemap) {
    StringBuilder sb = new StringBuilder("sitemap\n");
    sitemap.pages().forEach(u -> sb.append("p ").append(u).append('\n'));
    sitemap.sitemaps().forEach(u -> sb.append("s ").append(u).append('\n'));
    return sb.toString();
  }

  /** The sitemap kept with a URL's validators, or null when what is kept there is not a sitemap. */
  private static SitemapParser.Sitemap keptSitemap(Run run, URI url) {
    String meta = run.checkpoint.validators(url).map(Validators::meta).orElse(null);
    if (meta == null || !meta.startsWith("sitemap\n")) {
      return null;
    }
    List<URI> pages = new java.util.ArrayList<>();
    List<URI> nested = new java.util.ArrayList<>();
    for (String line : meta.split("\n")) {
      if (line.startsWith("p ")) {
        pages.add(URI.create(line.substring(2)));
      } else if (line.startsWith("s ")) {
        nested.add(URI.create(line.substring(2)));
      }
    }
    return new SitemapParser.Sitemap(pages, nested);
  }

  private void crawlJsonLdPage(Run run, String partition, URI url, FetchResult page) {
    run.publish(JsonLdJobParser.SOURCE, partition, url, page, JsonLdJobParser.parse(page.body(), page.url(), clock.instant()));
  }

  private void crawlGreenhouse(Run run, String board) {
    URI url = greenhouseUrl(board);
    FetchResult page = run.fetch(GreenhouseParser.SOURCE, board, url);
    if (page == null || page.status() == 304) {
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
      if (page.status() == 304) {
        // Step over it by the count of postings kept with its validators: a short page was the last.
        int kept = run.checkpoint.validators(url).map(Validators::meta).map(Integer::parseInt).orElse(0);
        if (kept < options.leverPageSize()) {
          return;
        }
        continue;
      }
      JobParse parse;
      try {
        parse = LeverParser.parse(page.body(), company, clock.instant());
      } catch (MalformedResponseException e) {
        run.failPage(LeverParser.SOURCE, company, url, page.status(), page.attempts(), e.getMessage(),
            page.excerpt(EXCERPT_CHARS));
        return;
      }
      int entries = parse.jobs().size() + parse.rejected().size();
      run.publish(LeverParser.SOURCE, company, url, page, parse, Integer.toString(entries));
      if (parse.jobs().size() + parse.rejected().size() < options.leverPageSize()) {
        return;
      }
    }
    LOG.warn("Lever site {} still had postings after {} pages; stopped", company, MAX_LEVER_PAGES);
  }

  private List<Long> findHiringStories(Run run) {
    URI url = hnSearchUrl();
    FetchResult page = run.fetch(HackerNewsParser.SOURCE, "search", url, false);
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
    if (page == null || page.status() == 304) {
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
    final Checkpoint checkpoint;
    final JobDeduplicator dedup = new JobDeduplicator();
    int notModified;
    long known;
    int pages;
    long published;
    int failedPages;
    long deadLettered;
    long duplicates;
    long skipped;

    Run(CrawlListener progress, Checkpoint checkpoint) {
      this.progress = progress;
      this.checkpoint = checkpoint;
    }

    FetchResult fetch(String source, String partition, URI url) {
      return fetch(source, partition, url, true);
    }

    /**
     * The page when it answered 200, or 304 to a conditional request (asked with the validators kept for the URL); otherwise
     * null, the page dead-lettered.
     */
    FetchResult fetch(String source, String partition, URI url, boolean conditional) {
      pages++;
      FetchResult page;
      try {
        FetchRequest request = FetchRequest.get(url);
        page = fetcher.fetch(conditional ? checkpoint.conditional(request) : request);
      } catch (FetchException e) {
        failPage(source, partition, url, e.lastStatus(), e.attempts(), e.reason(), "");
        return null;
      }
      if (page.status() == 304 && conditional) {
        notModified++;
        progress.onPage(new PageReport(source, partition, url, 304, page.attempts(), 0, 0, published));
        return page;
      }
      if (page.status() != 200) {
        failPage(source, partition, url, page.status(), page.attempts(), "HTTP " + page.status(), page.excerpt(EXCERPT_CHARS));
        return null;
      }
      return page;
    }

    void publish(String source, String partition, URI url, FetchResult page, JobParse parse) {
      publish(source, partition, url, page, parse, null);
    }

    /**
     * Publishes a page's postings except those already published: by this run under any id (same fingerprint), or by an
     * earlier run under the same id and fingerprint ({@link #KNOWN}: known) or under another id ({@link #FINGERPRINTS}:
     * duplicate). Then keeps the page's validators and commits, so the marks and validators never run ahead of Kafka.
     *
     * @param meta what to keep with the page's validators
     */
    void publish(String source, String partition, URI url, FetchResult page, JobParse parse, String meta) {
      int sent = 0;
      for (Job job : parse.jobs()) {
        String fingerprint = JobDeduplicator.fingerprint(job);
        if (checkpoint.mark(KNOWN, job.id()).filter(fingerprint::equals).isPresent()) {
          dedup.firstSeen(fingerprint);
          known++;
        } else if (!dedup.firstSeen(fingerprint)) {
          duplicates++;
          LOG.debug("{} repeats a posting already published in this run", job.id());
        } else if (checkpoint.mark(FINGERPRINTS, fingerprint).filter(id -> !id.equals(job.id())).isPresent()) {
          duplicates++;
          LOG.debug("{} repeats a posting an earlier crawl published under another id", job.id());
        } else {
          sink.publish(job);
          checkpoint.mark(KNOWN, job.id(), fingerprint);
          checkpoint.mark(FINGERPRINTS, fingerprint, job.id());
          sent++;
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
      checkpoint.validators(url, page, meta);
      checkpoint.commit();
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
