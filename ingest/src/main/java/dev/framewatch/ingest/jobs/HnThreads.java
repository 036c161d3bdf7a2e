package dev.framewatch.ingest.jobs;

import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchResult;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hacker News "Ask HN: Who is hiring?" threads through the HN Algolia API: found by paging {@code search_by_date} over the
 * whoishiring account's stories, newest first, back to {@code sources.jobs.hn.since}; then each thread fetched whole with
 * {@code items/<id>} (one request returns the story and its comment tree; the Firebase API would take one request per comment,
 * some 500 to 1,200 a thread) and each top-level comment published as a posting ({@link HackerNewsParser}).
 *
 * <p>Threads are crawled oldest first, then the configured story ids the search did not find: a posting repeated in a later
 * month is kept where it first appeared. A thread whose comment count is what it was when it was last crawled is not fetched
 * again (the count is kept as a mark once its postings are published); a configured story the search does not list is asked
 * conditionally every time. A search page or thread that fails (error status after retries, malformed or truncated body) is
 * dead-lettered; a failed search page ends the search with the threads found so far, a failed thread is retried next crawl.
 */
final class HnThreads {
  private static final Logger LOG = LoggerFactory.getLogger(HnThreads.class);
  /** Marks of threads crawled: story id to the comment count the search gave when its postings were published. */
  static final String THREAD_MARK = "hn-thread";
  /** Search pages, at most: a guard against a server that ignores {@code page}. */
  static final int MAX_SEARCH_PAGES = 100;

  private final CrawlRun run;
  private final JobPostings postings;
  private final JobsOptions options;

  HnThreads(CrawlRun run, JobPostings postings, JobsOptions options) {
    this.run = run;
    this.postings = postings;
    this.options = options;
  }

  static URI itemUrl(JobsOptions options, long storyId) {
    return URI.create(options.hnBaseUrl() + "/api/v1/items/" + storyId);
  }

  /**
   * A page of the whoishiring account's stories, newest first. {@code numericFilters} lets Algolia leave out the older
   * stories; the pages are still read only back to {@code since}, for a server that ignores it.
   */
  static URI searchUrl(JobsOptions options, int page) {
    return URI.create(options.hnBaseUrl() + "/api/v1/search_by_date?tags=story,author_whoishiring&numericFilters=created_at_i%3E%3D"
        + options.hnSinceInstant().getEpochSecond() + "&hitsPerPage=" + options.hnSearchPageSize() + "&page=" + page);
  }

  /** Finds the threads (when a search is configured), then crawls them and the configured stories. */
  void crawl() {
    List<HiringThread> found = options.hnSince() == null || options.hnBaseUrl().isEmpty() ? List.of() : search();
    Set<Long> crawled = new LinkedHashSet<>();
    int unchanged = 0;
    for (int i = found.size() - 1; i >= 0; i--) {
      HiringThread thread = found.get(i);
      if (!crawled.add(thread.id())) {
        continue;
      }
      Optional<String> kept = run.checkpoint().mark(THREAD_MARK, Long.toString(thread.id()));
      if (thread.comments() >= 0 && kept.filter(Integer.toString(thread.comments())::equals).isPresent()) {
        unchanged++;
        continue;
      }
      crawlStory(thread.id(), thread.comments());
    }
    if (unchanged > 0) {
      LOG.info("HN: {} of {} \"Who is hiring?\" threads have as many comments as when last crawled; not fetched", unchanged,
          found.size());
    }
    for (long story : options.hnStoryIds()) {
      if (crawled.add(story)) {
        crawlStory(story, -1);
      }
    }
  }

  /** The hiring threads since {@code since}, newest first, from as many search pages as that takes. */
  private List<HiringThread> search() {
    Instant since = options.hnSinceInstant();
    List<HiringThread> threads = new ArrayList<>();
    for (int pageNumber = 0; pageNumber < MAX_SEARCH_PAGES; pageNumber++) {
      PageScope scope = JobsCrawler.scope(HackerNewsParser.SOURCE, "search");
      URI url = searchUrl(options, pageNumber);
      FetchResult page = run.fetch(scope, url, false);
      if (page == null) {
        return threads;
      }
      HnSearchPage answer;
      try {
        answer = HnSearchPage.parse(page.body(), since);
      } catch (MalformedResponseException e) {
        run.failPage(scope, url, page, e.getMessage());
        return threads;
      }
      run.report(scope, url, page, 0, 0);
      threads.addAll(answer.threads());
      if (!answer.hasNext()) {
        if (threads.isEmpty()) {
          LOG.warn("HN search found no \"Who is hiring?\" story since {}", options.hnSince());
        }
        return threads;
      }
    }
    LOG.warn("HN search still had stories after {} pages; stopped", MAX_SEARCH_PAGES);
    return threads;
  }

  /**
   * @param comments the thread's comment count as searched, kept once its postings are published; -1 when unknown (a
   *     configured story): nothing kept
   */
  private void crawlStory(long storyId, int comments) {
    PageScope scope = JobsCrawler.scope(HackerNewsParser.SOURCE, Long.toString(storyId));
    URI url = itemUrl(options, storyId);
    FetchResult page = run.fetch(scope, url, true);
    if (page == null) {
      return;
    }
    JobParse parse = null;
    if (page.status() != 304) {
      try {
        parse = HackerNewsParser.parseStory(page.body(), run.now());
      } catch (MalformedResponseException e) {
        run.failPage(scope, url, page, e.getMessage());
        return;
      }
    }
    if (comments >= 0) {
      // Committed with the thread's postings (JobPostings.publish commits), never before them.
      run.checkpoint().mark(THREAD_MARK, Long.toString(storyId), Integer.toString(comments));
    }
    if (parse == null) {
      if (comments >= 0) {
        run.checkpoint().commit();
      }
      return;
    }
    postings.publish(scope, url, page, parse);
  }
}
