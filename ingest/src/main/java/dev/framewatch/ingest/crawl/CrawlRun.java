package dev.framewatch.ingest.crawl;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.ingest.http.FetchException;
import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.state.Checkpoint;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl of one source: its counts, its {@link Checkpoint} and its progress listener, and the flow every crawler shares for
 * a page: fetch (conditionally, with the validators kept for a URL), a 304 counted as not modified, a failed fetch or any other
 * status dead-lettered and counted as a failed page, and a {@link PageReport} for each. What a page then holds is the
 * crawler's business. Confined to the crawling thread.
 */
public final class CrawlRun {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);
  /** How much of an unusable page a dead letter keeps. */
  public static final int EXCERPT_CHARS = PageFailure.EXCERPT_CHARS;

  private final CrawlContext context;
  private final CrawlListener progress;
  private final Checkpoint checkpoint;
  private final UnaryOperator<String> redact;
  private int pages;
  private long published;
  private int failedPages;
  private long deadLettered;
  private int notModified;
  private long known;
  private long duplicates;
  private long skipped;

  public CrawlRun(CrawlContext context, CrawlListener listener) {
    this(context, listener, UnaryOperator.identity());
  }

  /**
   * @param redact applied to every reason and excerpt before it leaves the crawler (a dead letter, a log line): removes a
   *     secret a server or an exception may echo
   */
  public CrawlRun(CrawlContext context, CrawlListener listener, UnaryOperator<String> redact) {
    this.context = Objects.requireNonNull(context, "context");
    this.progress = listener == null ? CrawlListener.NONE : listener;
    this.checkpoint = new Checkpoint(context.state(), context.sink());
    this.redact = Objects.requireNonNull(redact, "redact");
  }

  public Checkpoint checkpoint() {
    return checkpoint;
  }

  public Instant now() {
    return context.clock().instant();
  }

  /** Fetches {@code url} as a plain GET; conditionally when {@code conditional} (with the validators kept for it). */
  public FetchResult fetch(PageScope scope, URI url, boolean conditional) {
    return fetch(scope, FetchRequest.get(url), conditional ? url : null);
  }

  /**
   * The page when it answered 200, or 304 to a conditional request (counted, and reported here); otherwise null, the page
   * dead-lettered, counted as failed and reported.
   *
   * @param validatorsOf the URL whose kept validators make the request conditional (usually the request's own); null for an
   *     unconditional request, to which a 304 is as unusable as any other status but 200
   */
  public FetchResult fetch(PageScope scope, FetchRequest request, URI validatorsOf) {
    pages++;
    URI url = request.url();
    FetchResult page;
    try {
      page = context.fetcher().fetch(validatorsOf == null ? request
          : checkpoint.validators(validatorsOf).map(v -> v.applyTo(request)).orElse(request));
    } catch (FetchException e) {
      failPage(scope, url, e.lastStatus(), e.attempts(), e.reason(), "");
      return null;
    }
    if (page.status() == 304 && validatorsOf != null) {
      notModified++;
      report(scope, url, page, 0, 0);
      return page;
    }
    if (page.status() != 200) {
      failPage(scope, url, page.status(), page.attempts(), "HTTP " + page.status(), page.excerpt(EXCERPT_CHARS));
      return null;
    }
    return page;
  }

  /** A usable page whose body cannot be read: dead-lettered with an excerpt of it, counted as failed and reported. */
  public void failPage(PageScope scope, URI url, FetchResult page, String reason) {
    failPage(scope, url, page.status(), page.attempts(), reason, page.excerpt(EXCERPT_CHARS));
  }

  /**
   * A page that could not be used: dead-lettered, counted as failed, and reported.
   *
   * @param url null when there is no URL to request at all (a bad seed); the dead letter then names the partition
   */
  public void failPage(PageScope scope, URI url, int status, int attempts, String reason, String excerpt) {
    deadLetterPage(scope, url == null ? scope.partition() : url.toString(), status, reason, excerpt);
    progress.onPage(new PageReport(scope.source(), scope.partition(), url, status, attempts, 0, 1, published));
  }

  /**
   * A page that could not be used, dead-lettered and counted as failed but not reported on its own: a part of a record (a
   * paper's PDF) that is reported with the record's page.
   */
  public void deadLetterPage(PageScope scope, String origin, int status, String reason, String excerpt) {
    String why = redact.apply(reason);
    LOG.warn("{} page {} failed (status {}): {}", scope.upstream(), origin, status, why);
    failedPages++;
    deadLettered++;
    context.sink().deadLetter(new DeadLetter(origin, why, redact.apply(excerpt), scope.context(status), now()));
  }

  /** One item of a usable page that cannot become a record: dead-lettered; the rest of its page still counts. */
  public void rejectItem(PageScope scope, URI url, int status, String reason, String input) {
    deadLettered++;
    context.sink().deadLetter(new DeadLetter(url.toString(), reason, input, scope.context(status), now()));
  }

  /** Reports a page read: the records it published, the items it dead-lettered. */
  public void report(PageScope scope, URI url, FetchResult page, int records, int deadLetters) {
    progress.onPage(new PageReport(scope.source(), scope.partition(), url, page.status(), page.attempts(), records,
        deadLetters, published));
  }

  /** Counts a request made without {@link #fetch} (one whose failures are not pages of their own, such as a PDF). */
  public void countPage() {
    pages++;
  }

  /** Counts records sent to the sink. */
  public void published(long records) {
    published += records;
  }

  /** Records sent so far. */
  public long published() {
    return published;
  }

  /** Counts records found but not published because the state shows them published as they are. */
  public void known(long records) {
    known += records;
  }

  /** Counts a record not published because the same thing was published under another key. */
  public void duplicate() {
    duplicates++;
  }

  /** Counts items skipped on purpose (not records, not failures). */
  public void skipped(long items) {
    skipped += items;
  }

  /** What the crawl did so far. */
  public CrawlSummary summary(String source) {
    return new CrawlSummary(source, pages, published, failedPages, deadLettered, notModified, known, duplicates, skipped);
  }

  /** Commits what the crawl noted last (flushing the sink first), logs and returns its summary. */
  public CrawlSummary finish(String source) {
    checkpoint.commit();
    CrawlSummary summary = summary(source);
    LOG.info("{}", summary);
    return summary;
  }
}
