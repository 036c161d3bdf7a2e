package dev.framewatch.ingest.jobs;

import dev.framewatch.ingest.crawl.CrawlContext;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.Crawler;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.state.Validators;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls job postings into {@code Job} records from four kinds of source, in this order: JSON-LD pages (seed URLs, or the pages
 * a seed sitemap lists), Greenhouse boards, Lever sites (paged with {@code skip}/{@code limit}), and Hacker News "Who is
 * hiring?" threads, found by search ({@link HnThreads}).
 *
 * <p>A posting already published in this run (same fingerprint: company and normalized description, see
 * {@link JobPostings}) is not published again, wherever it came from; the first one seen wins, so JSON-LD pages
 * ({@link SeedCrawl}), which carry the employer's own page, win over the boards. Failures stay local: an unusable page (error
 * status, retries exhausted, malformed body) is dead-lettered with its URL and the reason and the crawl goes on with the next
 * page or partition; an invalid item is dead-lettered and the rest of its page still counts.
 */
public record JobsCrawler(CrawlContext context, JobsOptions options) implements Crawler {
  public static final String SOURCE = "jobs";
  private static final Logger LOG = LoggerFactory.getLogger(JobsCrawler.class);
  /** Lever pages per site, at most: a guard against a server that ignores {@code skip}. */
  static final int MAX_LEVER_PAGES = 1_000;

  @Override
  public String source() {
    return SOURCE;
  }

  /** Crawls everything configured, then flushes the sink (so a failed Kafka send fails the crawl). */
  @Override
  public CrawlSummary crawl(CrawlListener listener) {
    CrawlRun run = new CrawlRun(context, listener);
    JobPostings postings = new JobPostings(run, context.sink());
    SeedCrawl seeds = new SeedCrawl(run, postings, options.maxSitemapPages());
    for (String seed : options.seedUrls()) {
      seeds.crawl(seed);
    }
    for (String board : options.greenhouseBoards()) {
      crawlGreenhouse(run, postings, board);
    }
    for (String company : options.leverCompanies()) {
      crawlLever(run, postings, company);
    }
    new HnThreads(run, postings, options).crawl();
    return run.finish(SOURCE);
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
    return HnThreads.itemUrl(options, storyId);
  }

  /** Page {@code page} (from 0) of the search for the whoishiring account's stories since {@code sources.jobs.hn.since}. */
  public URI hnSearchUrl(int page) {
    return HnThreads.searchUrl(options, page);
  }

  private static String segment(String s) {
    return URLEncoder.encode(s.trim(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A page of one board kind ({@link GreenhouseParser#SOURCE}, ...), which its reports and dead letters name. */
  static PageScope scope(String source, String partition) {
    return PageScope.of(source, "job", "partition", partition);
  }

  // ---- the boards

  private void crawlGreenhouse(CrawlRun run, JobPostings postings, String board) {
    PageScope scope = scope(GreenhouseParser.SOURCE, board);
    URI url = greenhouseUrl(board);
    FetchResult page = run.fetch(scope, url, true);
    if (page == null || page.status() == 304) {
      return;
    }
    try {
      JobParse parse = GreenhouseParser.parse(page.body(), board, run.now());
      long total = GreenhouseParser.total(page.body());
      if (total >= 0 && total != parse.jobs().size() + parse.rejected().size()) {
        LOG.warn("Greenhouse board {} says {} jobs but lists {}", board, total, parse.jobs().size() + parse.rejected().size());
      }
      postings.publish(scope, url, page, parse);
    } catch (MalformedResponseException e) {
      run.failPage(scope, url, page, e.getMessage());
    }
  }

  private void crawlLever(CrawlRun run, JobPostings postings, String company) {
    PageScope scope = scope(LeverParser.SOURCE, company);
    for (int pageIndex = 0, skip = 0; pageIndex < MAX_LEVER_PAGES; pageIndex++, skip += options.leverPageSize()) {
      URI url = leverUrl(company, skip);
      FetchResult page = run.fetch(scope, url, true);
      if (page == null) {
        return;
      }
      if (page.status() == 304) {
        // Step over it by the count of postings kept with its validators: a short page was the last.
        int kept = run.checkpoint().validators(url).map(Validators::meta).map(Integer::parseInt).orElse(0);
        if (kept < options.leverPageSize()) {
          return;
        }
        continue;
      }
      JobParse parse;
      try {
        parse = LeverParser.parse(page.body(), company, run.now());
      } catch (MalformedResponseException e) {
        run.failPage(scope, url, page, e.getMessage());
        return;
      }
      int entries = parse.jobs().size() + parse.rejected().size();
      postings.publish(scope, url, page, parse, Integer.toString(entries));
      if (entries < options.leverPageSize()) {
        return;
      }
    }
    LOG.warn("Lever site {} still had postings after {} pages; stopped", company, MAX_LEVER_PAGES);
  }
}
