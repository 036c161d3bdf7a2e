package dev.framewatch.ingest.github;

import dev.framewatch.core.record.Adoption;
import dev.framewatch.ingest.crawl.CrawlContext;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.Sleeper;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New repositories per framework per month, from GitHub search: for each month since {@link AdoptionOptions#since()} and each
 * framework, {@code GET /search/repositories?q=topic:<t>+created:<first>..<last>&per_page=1} per topic of the framework, the
 * {@code total_count}s summed into one {@link Adoption} (signal {@code new-repos}; with {@code language-python} also
 * {@code new-python-repos}, the same with {@code language:python}).
 *
 * <p>Incremental: a closed month's complete value is marked in the crawl state, so after the backfill each crawl asks only
 * for the open month and the last closed one (repositories created late in a month get their topics in the days after), and
 * whatever failed or stayed incomplete before. Searches keep to the search API's own budget ({@link SearchBudget}); an answer
 * with {@code incomplete_results: true} is asked again up to {@link AdoptionOptions#incompleteRetries()} times, then kept and
 * marked incomplete (and asked again on the next crawl). A failed or unreadable search is dead-lettered and its framework's
 * month left out: a sum missing a topic would be wrong.
 */
public final class AdoptionCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(AdoptionCrawler.class);
  public static final String NEW_REPOS = "new-repos";
  public static final String NEW_PYTHON_REPOS = "new-python-repos";
  /** Marks kind: a closed month's complete value, keyed by the measurement's id. */
  static final String MARK = "adoption";
  /** Commit the crawl state after this many measurements, so an interrupted backfill resumes near where it stopped. */
  private static final int COMMIT_EVERY = 24;

  private final CrawlContext context;
  private final CrawlRun run;
  private final GitHubOptions github;
  private final AdoptionOptions options;
  private final SearchBudget budget;
  private int uncommitted;

  /**
   * @param run the GitHub crawl this measurement is part of (its pages, dead letters and crawl state)
   * @param sleeper how the search budget waits; the system's, or a test's fake time
   */
  public AdoptionCrawler(CrawlContext context, CrawlRun run, GitHubOptions github, Sleeper sleeper) {
    this.context = context;
    this.run = run;
    this.github = github;
    this.options = github.adoption();
    this.budget = new SearchBudget(context.clock(), sleeper, options.budgetPerMinute(github.hasToken()));
  }

  /** The search URL of one topic's repositories created in {@code month}, optionally only those in Python. */
  public static URI searchUrl(String baseUrl, String topic, YearMonth month, boolean python) {
    return URI.create(baseUrl + "/search/repositories?q=" + query(topic, month, python).replace(' ', '+') + "&per_page=1");
  }

  /** The search query, as GitHub's search box would take it. */
  static String query(String topic, YearMonth month, boolean python) {
    return "topic:" + topic + (python ? " language:python" : "") + " created:" + month.atDay(1) + ".." + month.atEndOfMonth();
  }

  /** Measures every month from {@code since} to the open one; returns the measurements published. */
  public int crawl() {
    YearMonth open = YearMonth.from(run.now().atZone(ZoneOffset.UTC));
    YearMonth lastClosed = open.minusMonths(1);
    int published = 0;
    for (YearMonth month = options.since(); !month.isAfter(open); month = month.plusMonths(1)) {
      for (Map.Entry<String, List<String>> framework : options.topics().entrySet()) {
        published += measure(month, framework.getKey(), framework.getValue(), false, month.isBefore(lastClosed), open);
        if (options.pythonRepos()) {
          published += measure(month, framework.getKey(), framework.getValue(), true, month.isBefore(lastClosed), open);
        }
      }
    }
    run.checkpoint().commit();
    LOG.info("GitHub new repositories: {} monthly values published ({} to {})", published, options.since(), open);
    return published;
  }

  /** One framework's month: 1 when published, 0 when known from an earlier crawl or when a search failed. */
  private int measure(YearMonth month, String framework, List<String> topics, boolean python, boolean settled,
      YearMonth open) {
    String signal = python ? NEW_PYTHON_REPOS : NEW_REPOS;
    String id = Adoption.id(signal, framework, month);
    if (settled && run.checkpoint().mark(MARK, id).isPresent()) {
      run.known(1);
      return 0;
    }
    long total = 0;
    boolean incomplete = false;
    List<String> queries = new ArrayList<>();
    for (String topic : topics) {
      SearchCount count = count(framework, topic, month, python);
      if (count == null) {
        return 0;
      }
      total += count.total();
      incomplete |= count.incomplete();
      queries.add(query(topic, month, python));
    }
    context.sink().publishAdoption(Adoption.of(GitHubMapper.SOURCE, run.now(), signal, framework, month, total,
        incomplete, String.join(" | ", queries)));
    run.published(1);
    if (month.isBefore(open) && !incomplete) {
      run.checkpoint().mark(MARK, id, Long.toString(total));
    }
    if (++uncommitted >= COMMIT_EVERY) {
      run.checkpoint().commit();
      uncommitted = 0;
    }
    return 1;
  }

  /** One search, asked again while incomplete and retries are left; null when it failed (dead-lettered). */
  private SearchCount count(String framework, String topic, YearMonth month, boolean python) {
    URI url = searchUrl(github.baseUrl(), topic, month, python);
    PageScope scope = PageScope.of(GitHubMapper.SOURCE, Adoption.KIND, "framework", framework);
    for (int attempt = 0; ; attempt++) {
      try {
        budget.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for GitHub's search budget", e);
      }
      FetchResult page = run.fetch(scope, request(url), null);
      if (page == null) {
        return null;
      }
      budget.observe(page);
      SearchCount count;
      try {
        count = SearchCount.parse(page.body());
      } catch (MalformedResponseException e) {
        run.failPage(scope, url, page, e.getMessage());
        return null;
      }
      run.report(scope, url, page, 0, 0);
      if (!count.incomplete() || attempt >= options.incompleteRetries()) {
        if (count.incomplete()) {
          LOG.warn("{}: incomplete results after {} attempts; kept as incomplete", url, attempt + 1);
        }
        return count;
      }
      LOG.info("{}: incomplete results, asking again", url);
    }
  }

  private FetchRequest request(URI url) {
    FetchRequest r = FetchRequest.get(url).withHeader("Accept", GitHubCrawler.ACCEPT_JSON)
        .withHeader("X-GitHub-Api-Version", GitHubCrawler.API_VERSION);
    return github.hasToken() ? r.withHeader("Authorization", "Bearer " + github.token()) : r;
  }
}
