package dev.framewatch.ingest.github;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Repo;
import dev.framewatch.core.record.Stars;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.PageFailure;
import dev.framewatch.ingest.crawl.PageReport;
import dev.framewatch.ingest.http.FetchException;
import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.http.LinkHeader;
import dev.framewatch.ingest.kafka.RecordSink;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls {@code sources.github.repos}: per repository a {@link Repo} from {@code GET /repos/{owner}/{repo}}, then its star
 * history from {@code GET /repos/{owner}/{repo}/stargazers?per_page=100&page=N} with the {@code star+json} media type, counted
 * exactly by following {@code Link: rel="next"}, or sampled (see {@link StarHistory}) when the {@code rel="last"} page or the
 * star count says GitHub would not list them all.
 *
 * <p>The token, when configured, goes in the {@code Authorization} header only: never into logs, records or dead letters. A
 * rate-limited 403 or 429 is waited out by {@link HttpFetcher} ({@code Retry-After}, {@code X-RateLimit-Reset}). Failures stay
 * local: an unusable repository page is dead-lettered and the crawl goes on with the next repository; a failed page of an exact
 * count drops that repository's star history (a partial count would be wrong), a failed sampled page drops only its point.
 */
public final class GitHubCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(GitHubCrawler.class);
  public static final String ACCEPT_JSON = "application/vnd.github+json";
  public static final String ACCEPT_STARS = "application/vnd.github.star+json";
  public static final String API_VERSION = "2022-11-28";
  public static final int PER_PAGE = 100;
  static final int EXCERPT_CHARS = PageFailure.EXCERPT_CHARS;
  private static final Pattern PAGE_PARAM = Pattern.compile("[?&]page=(\\d+)");

  private final HttpFetcher fetcher;
  private final RecordSink sink;
  private final GitHubOptions options;
  private final Clock clock;

  public GitHubCrawler(HttpFetcher fetcher, RecordSink sink, GitHubOptions options, Clock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public GitHubCrawler(HttpFetcher fetcher, RecordSink sink, Settings settings) {
    this(fetcher, sink, GitHubOptions.from(settings), Clock.systemUTC());
  }

  public URI repoUrl(String fullName) {
    return URI.create(options.baseUrl() + "/repos/" + fullName);
  }

  public URI stargazersUrl(String fullName, int page) {
    return URI.create(options.baseUrl() + "/repos/" + fullName + "/stargazers?per_page=" + PER_PAGE + "&page=" + page);
  }

  /** Crawls every configured repository, then flushes the sink. */
  public CrawlSummary crawl(CrawlListener listener) {
    Run run = new Run(listener == null ? CrawlListener.NONE : listener);
    for (String repo : options.repos()) {
      crawlRepo(run, repo);
    }
    sink.flush();
    CrawlSummary summary = new CrawlSummary(GitHubMapper.SOURCE, run.pages, run.published, run.failedPages, run.deadLettered);
    LOG.info("{}", summary);
    return summary;
  }

  private void crawlRepo(Run run, String name) {
    URI url = repoUrl(name);
    FetchResult page = run.fetch(name, url, ACCEPT_JSON);
    if (page == null) {
      return;
    }
    Repo repo;
    try {
      repo = GitHubMapper.toRepo(page.body(), clock.instant());
    } catch (MalformedResponseException | InvalidRecordException e) {
      run.failPage(name, url, page.status(), page.attempts(), e.getMessage(), page.excerpt(EXCERPT_CHARS));
      return;
    }
    sink.publish(repo);
    run.published++;
    run.report(name, url, page, 1);
    String fullName = repo.fullName();

    URI firstUrl = stargazersUrl(fullName, 1);
    FetchResult first = run.fetch(name, firstUrl, ACCEPT_STARS);
    List<Instant> firstItems = first == null ? null : run.parse(name, firstUrl, first);
    if (firstItems == null) {
      return;
    }
    run.report(name, firstUrl, first, 0);
    int lastPage = link(first, "last").flatMap(GitHubCrawler::pageNumber).orElse(1);
    boolean sample = lastPage > options.maxExactPages()
        || (lastPage >= GitHubOptions.GITHUB_MAX_PAGES && repo.stars() > (long) GitHubOptions.GITHUB_MAX_PAGES * PER_PAGE);
    List<Stars> history = sample ? sampled(run, name, repo, lastPage, firstItems) : exact(run, name, repo, first, firstItems);
    if (history == null) {
      return;
    }
    history.forEach(sink::publish);
    run.published += history.size();
    LOG.info("{}: {} stars, {} star snapshots ({})", fullName, repo.stars(), history.size(),
        sample ? "sampled from " + lastPage + " pages" : "exact");
  }

  private List<Stars> exact(Run run, String name, Repo repo, FetchResult first, List<Instant> firstItems) {
    List<Instant> all = new ArrayList<>(firstItems);
    Set<URI> seen = new HashSet<>();
    seen.add(first.url());
    Optional<URI> next = link(first, "next");
    while (next.isPresent()) {
      URI url = next.get();
      if (!seen.add(url)) {
        LOG.warn("stargazers of {} link back to {}; stopping", name, url);
        break;
      }
      FetchResult page = run.fetch(name, url, ACCEPT_STARS);
      List<Instant> items = page == null ? null : run.parse(name, url, page);
      if (items == null) {
        LOG.warn("stargazers of {}: page {} failed, no star history this time", name, url);
        return null;
      }
      run.report(name, url, page, 0);
      all.addAll(items);
      next = link(page, "next");
    }
    return StarHistory.exact(repo.fullName(), all, clock.instant());
  }

  private List<Stars> sampled(Run run, String name, Repo repo, int lastPage, List<Instant> firstItems) {
    List<StarHistory.SampledPage> pages = new ArrayList<>();
    pages.add(new StarHistory.SampledPage(1, firstItems));
    for (int p : StarHistory.samplePages(lastPage, options.samplePages())) {
      if (p == 1) {
        continue;
      }
      URI url = stargazersUrl(repo.fullName(), p);
      FetchResult page = run.fetch(name, url, ACCEPT_STARS);
      List<Instant> items = page == null ? null : run.parse(name, url, page);
      if (items != null) {
        run.report(name, url, page, 0);
        pages.add(new StarHistory.SampledPage(p, items));
      }
    }
    return StarHistory.sampled(repo.fullName(), pages, PER_PAGE, repo.stars(), clock.instant());
  }

  private static Optional<URI> link(FetchResult page, String rel) {
    List<String> links = page.headers("Link");
    if (links.isEmpty()) {
      return Optional.empty();
    }
    return LinkHeader.find(String.join(", ", links), rel).map(page.url()::resolve);
  }

  private static Optional<Integer> pageNumber(URI url) {
    Matcher m = PAGE_PARAM.matcher(url.toString());
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private FetchRequest request(URI url, String accept) {
    FetchRequest r = FetchRequest.get(url).withHeader("Accept", accept).withHeader("X-GitHub-Api-Version", API_VERSION);
    return options.hasToken() ? r.withHeader("Authorization", "Bearer " + options.token()) : r;
  }

  /** Belt and braces: no text that leaves the crawler may carry the token, whatever a server or an exception echoes. */
  private String redact(String s) {
    return s == null || !options.hasToken() ? s : s.replace(options.token(), "<token>");
  }

  /** One crawl run's counts and progress listener; confined to the crawling thread. */
  private final class Run {
    final CrawlListener progress;
    int pages;
    long published;
    int failedPages;
    long deadLettered;

    Run(CrawlListener progress) {
      this.progress = progress;
    }

    FetchResult fetch(String repo, URI url, String accept) {
      pages++;
      FetchResult page;
      try {
        page = fetcher.fetch(request(url, accept));
      } catch (FetchException e) {
        failPage(repo, url, e.lastStatus(), e.attempts(), e.reason(), "");
        return null;
      }
      if (page.status() != 200) {
        failPage(repo, url, page.status(), page.attempts(), "HTTP " + page.status(), page.excerpt(EXCERPT_CHARS));
        return null;
      }
      return page;
    }

    List<Instant> parse(String repo, URI url, FetchResult page) {
      try {
        return GitHubMapper.starredAt(page.body());
      } catch (MalformedResponseException e) {
        failPage(repo, url, page.status(), page.attempts(), e.getMessage(), page.excerpt(EXCERPT_CHARS));
        return null;
      }
    }

    void report(String repo, URI url, FetchResult page, int records) {
      progress.onPage(new PageReport(GitHubMapper.SOURCE, repo, url, page.status(), page.attempts(), records, 0, published));
    }

    void failPage(String repo, URI url, int status, int attempts, String reason, String excerpt) {
      String why = redact(reason);
      LOG.warn("GitHub page {} failed (status {}): {}", url, status, why);
      failedPages++;
      deadLettered++;
      Map<String, String> context = PageFailure.context(GitHubMapper.SOURCE,
          url.getPath().endsWith("/stargazers") ? "stars" : "repo", status, "repo", repo);
      sink.deadLetter(new DeadLetter(url.toString(), why, redact(excerpt), context, clock.instant()));
      progress.onPage(new PageReport(GitHubMapper.SOURCE, repo, url, status, attempts, 0, 1, published));
    }
  }
}
