package dev.framewatch.ingest.github;

import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Repo;
import dev.framewatch.core.record.Stars;
import dev.framewatch.ingest.crawl.CrawlContext;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.Crawler;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.http.LinkHeader;
import dev.framewatch.ingest.http.Sleeper;
import dev.framewatch.ingest.state.Checksum;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
public record GitHubCrawler(CrawlContext context, GitHubOptions options) implements Crawler {
  private static final Logger LOG = LoggerFactory.getLogger(GitHubCrawler.class);
  public static final String ACCEPT_JSON = "application/vnd.github+json";
  public static final String ACCEPT_STARS = "application/vnd.github.star+json";
  public static final String API_VERSION = "2022-11-28";
  /** Marks kind: a repository's last published content checksum. */
  private static final String REPO_MARK = "repo";
  public static final int PER_PAGE = 100;
  private static final Pattern PAGE_PARAM = Pattern.compile("[?&]page=(\\d+)");

  @Override
  public String source() {
    return GitHubMapper.SOURCE;
  }

  public URI repoUrl(String fullName) {
    return URI.create(options.baseUrl() + "/repos/" + fullName);
  }

  public URI stargazersUrl(String fullName, int page) {
    return URI.create(options.baseUrl() + "/repos/" + fullName + "/stargazers?per_page=" + PER_PAGE + "&page=" + page);
  }

  /** Crawls every configured repository, then flushes the sink. */
  @Override
  public CrawlSummary crawl(CrawlListener listener) {
    CrawlRun run = new CrawlRun(context, listener, this::redact);
    for (String repo : options.repos()) {
      crawlRepo(run, repo);
    }
    if (options.adoption().enabled()) {
      new AdoptionCrawler(context, run, options, Sleeper.SYSTEM).crawl();
    }
    return run.finish(GitHubMapper.SOURCE);
  }

  static String starsCursor(String repo) {
    return "gh.stars." + repo;
  }

  /**
   * One repository. Its page is asked conditionally; its validators are kept only once its star history is complete, so a 304
   * means nothing changed since a crawl that got everything. With an exact count begun before, the star history resumes at the
   * first stargazers page not counted in full ({@link StarCursor}).
   */
  private void crawlRepo(CrawlRun run, String name) {
    URI url = repoUrl(name);
    Optional<StarCursor> cursor = run.checkpoint().cursor(starsCursor(name)).map(StarCursor::parse);
    FetchResult page = fetch(run, name, url, ACCEPT_JSON, url);
    if (page == null || page.status() == 304) {
      return;
    }
    Repo repo;
    try {
      repo = GitHubMapper.toRepo(page.body(), run.now());
    } catch (MalformedResponseException | InvalidRecordException e) {
      run.failPage(scope(name, url), url, page, e.getMessage());
      return;
    }
    // A resumed crawl asks the repository page again (its validators wait for a complete history); the same content is
    // not published twice.
    String checksum = Checksum.ofContent(repo);
    boolean changed = !run.checkpoint().mark(REPO_MARK, name).map(checksum::equals).orElse(false);
    if (changed) {
      context.sink().publish(repo);
      run.published(1);
      run.checkpoint().mark(REPO_MARK, name, checksum);
    }
    report(run, name, url, page, changed ? 1 : 0);
    String fullName = repo.fullName();

    boolean complete;
    if (cursor.isPresent() && repo.stars() <= (long) options.maxExactPages() * PER_PAGE) {
      complete = exact(run, name, repo, cursor.get(), null, null);
    } else {
      URI firstUrl = stargazersUrl(fullName, 1);
      FetchResult first = fetch(run, name, firstUrl, ACCEPT_STARS, null);
      List<Instant> firstItems = first == null ? null : parse(run, name, firstUrl, first);
      if (firstItems == null) {
        return;
      }
      int lastPage = link(first, "last").flatMap(GitHubCrawler::pageNumber).orElse(1);
      boolean sample = lastPage > options.maxExactPages()
          || (lastPage >= GitHubOptions.GITHUB_MAX_PAGES && repo.stars() > (long) GitHubOptions.GITHUB_MAX_PAGES * PER_PAGE);
      if (sample) {
        report(run, name, firstUrl, first, 0);
        List<Stars> history = sampled(run, name, repo, lastPage, firstItems);
        history.forEach(context.sink()::publish);
        run.published(history.size());
        LOG.info("{}: {} stars, {} star snapshots (sampled from {} pages)", fullName, repo.stars(), history.size(), lastPage);
        complete = true;
      } else {
        complete = exact(run, name, repo, StarCursor.START, first, firstItems);
      }
    }
    if (complete) {
      run.checkpoint().validators(url, page, null);
      run.checkpoint().commit();
    }
  }

  /**
   * Counts stars exactly from {@code cursor}'s page to the end of the listing, publishing and committing page by page.
   *
   * @param first page 1 when already fetched, else null
   * @return true when the listing was read to its end (or its partial page answered 304), false when a page failed
   */
  private boolean exact(CrawlRun run, String name, Repo repo, StarCursor cursor, FetchResult first, List<Instant> firstItems) {
    String fullName = repo.fullName();
    StarCursor c = cursor;
    int p = cursor.nextPage();
    URI next = null;
    Set<URI> seen = new HashSet<>();
    int added = 0;
    while (true) {
      URI canonical = stargazersUrl(fullName, p);
      FetchResult page;
      List<Instant> items;
      if (first != null && p == 1) {
        page = first;
        items = firstItems;
        first = null;
      } else {
        URI url = next != null ? next : canonical;
        if (!seen.add(url)) {
          LOG.warn("stargazers of {} link back to {}; stopping", name, url);
          return false;
        }
        // Only the page the cursor points at was read before (it was the partial last page); ask it conditionally.
        page = fetch(run, name, url, ACCEPT_STARS, p == cursor.nextPage() ? canonical : null);
        if (page == null) {
          return false;
        }
        if (page.status() == 304) {
          LOG.info("{}: no new stars since the last crawl", fullName);
          return true;
        }
        items = parse(run, name, url, page);
        if (items == null) {
          return false;
        }
      }
      report(run, name, page.url(), page, 0);
      List<Stars> out = new ArrayList<>();
      StarCursor before = c;
      StarCursor after = c.advance(items, fullName, run.now(), out);
      Optional<URI> nextLink = link(page, "next");
      if (nextLink.isEmpty()) {
        after = after.finish(fullName, run.now(), out);
      }
      out.forEach(context.sink()::publish);
      run.published(out.size());
      added += out.size();
      if (nextLink.isPresent()) {
        c = after.atPage(p + 1);
        run.checkpoint().cursor(starsCursor(name), c.format());
        run.checkpoint().commit();
        p++;
        next = nextLink.get();
        continue;
      }
      // The last page: next time, read it again (conditionally) unless it was full.
      StarCursor saved = items.size() >= PER_PAGE ? after.atPage(p + 1) : before.withPublished(after).atPage(p);
      run.checkpoint().cursor(starsCursor(name), saved.format());
      if (saved.nextPage() == p) {
        run.checkpoint().validators(canonical, page, null);
      }
      run.checkpoint().commit();
      LOG.info("{}: {} stars, {} star snapshots published (exact, from page {})", fullName, repo.stars(), added,
          cursor.nextPage());
      return true;
    }
  }

  private List<Stars> sampled(CrawlRun run, String name, Repo repo, int lastPage, List<Instant> firstItems) {
    List<StarHistory.SampledPage> pages = new ArrayList<>();
    pages.add(new StarHistory.SampledPage(1, firstItems));
    for (int p : StarHistory.samplePages(lastPage, options.samplePages())) {
      if (p == 1) {
        continue;
      }
      URI url = stargazersUrl(repo.fullName(), p);
      FetchResult page = fetch(run, name, url, ACCEPT_STARS, null);
      List<Instant> items = page == null ? null : parse(run, name, url, page);
      if (items != null) {
        report(run, name, url, page, 0);
        pages.add(new StarHistory.SampledPage(p, items));
      }
    }
    return StarHistory.sampled(repo.fullName(), pages, PER_PAGE, repo.stars(), run.now());
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

  /**
   * The page when it answered 200, or 304 to a conditional request; otherwise null, the page dead-lettered.
   *
   * @param validatorsOf the URL whose kept validators make the request conditional; null for an unconditional request
   */
  private FetchResult fetch(CrawlRun run, String repo, URI url, String accept, URI validatorsOf) {
    return run.fetch(scope(repo, url), request(url, accept), validatorsOf);
  }

  private List<Instant> parse(CrawlRun run, String repo, URI url, FetchResult page) {
    try {
      return GitHubMapper.starredAt(page.body());
    } catch (MalformedResponseException e) {
      run.failPage(scope(repo, url), url, page, e.getMessage());
      return null;
    }
  }

  private static void report(CrawlRun run, String repo, URI url, FetchResult page, int records) {
    run.report(scope(repo, url), url, page, records, 0);
  }

  /** A repository's page or one of its stargazers pages, which its dead letters tell apart by kind. */
  private static PageScope scope(String repo, URI url) {
    return PageScope.of(GitHubMapper.SOURCE, url.getPath().endsWith("/stargazers") ? "stars" : "repo", "repo", repo);
  }
}
