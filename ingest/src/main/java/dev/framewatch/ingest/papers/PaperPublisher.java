package dev.framewatch.ingest.papers;

import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.papercode.PaperCodeEnrichment;
import dev.framewatch.ingest.state.Checksum;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * Publishes one papers crawl's papers, each at most once per crawl (arXiv lists a cross-listed paper under each of its
 * categories), full text added ({@link PdfEnrichment}), and remembers which ones are complete: only those are marked known, and
 * a listing is kept as read (its validators) only when all its papers are. Confined to the crawling thread.
 */
final class PaperPublisher {
  /**
   * Marks of papers published: id to the checksum of the listing entry (before abstract page and PDF) they were made from. A
   * paper whose entry is unchanged is not published again, nor its PDF fetched; one whose entry changed (an arXiv revision,
   * a corrected title) is read again in full, PDF included, so its record never loses its text.
   */
  static final String KNOWN = "paper";
  /** Marks are committed at least this often within a long listing. */
  static final int COMMIT_EVERY = 25;

  private final CrawlRun run;
  private final RecordSink sink;
  private final PdfEnrichment pdfs;
  private final PaperCodeEnrichment code;
  private final Set<String> ids = new HashSet<>();
  /** Papers published without all of them (PDF or paper page failed); they are retried by the next crawl. */
  private int incomplete;

  PaperPublisher(CrawlRun run, RecordSink sink, PdfEnrichment pdfs, PaperCodeEnrichment code) {
    this.run = run;
    this.sink = sink;
    this.pdfs = pdfs;
    this.code = code;
  }

  /** Papers published incomplete so far; a listing compares it before and after ({@link #keepValidators}). */
  int incomplete() {
    return incomplete;
  }

  /**
   * Publishes a listing page's papers that are neither published by this crawl nor known, dead-letters its rejected entries,
   * and reports the page.
   *
   * @param listing the response the page came in
   */
  void publish(PaperPage page, URI url, PageScope scope, FetchResult listing) {
    int published = 0;
    for (Paper p : page.papers()) {
      String checksum = Checksum.ofContent(p);
      if (!seenOrKnown(p, checksum) && publishOne(p, checksum, scope, true)) {
        published++;
      }
    }
    for (PaperPage.Rejected rejected : page.rejected()) {
      run.rejectItem(scope, url, 200, rejected.reason(), rejected.input());
    }
    run.report(scope, url, listing, published, page.rejected().size());
  }

  /**
   * Whether this crawl already published the paper, or an earlier crawl published it from the same listing entry
   * ({@code checksum} of it, see {@link #KNOWN}), text included: then it is skipped, and its PDF is not downloaded again.
   */
  boolean seenOrKnown(Paper p, String checksum) {
    if (ids.contains(p.id())) {
      return true;
    }
    if (run.checkpoint().mark(KNOWN, p.id()).filter(checksum::equals).isPresent()) {
      ids.add(p.id());
      run.known(1);
      return true;
    }
    return false;
  }

  /**
   * Publishes a paper unless this crawl already did, and marks it known once it is in Kafka, unless its PDF failed (then the
   * next crawl tries again).
   *
   * @param checksum of the listing entry the paper came from
   * @param complete false when part of the paper could not be read (its CVF page): it is published, but not marked known
   */
  boolean publishOne(Paper p, String checksum, PageScope scope, boolean complete) {
    if (!ids.add(p.id())) {
      return false;
    }
    int pdfFailedBefore = pdfs.failed();
    int codeDeferredBefore = code.deferred();
    sink.publish(code.withCodeFramework(pdfs.withFullText(p, scope)));
    run.published(1);
    // A repository not judged this crawl (rate budget, server error) is retried by the next, as a failed PDF is.
    if (!complete || pdfs.failed() != pdfFailedBefore || code.deferred() != codeDeferredBefore) {
      incomplete++;
    } else {
      run.checkpoint().mark(KNOWN, p.id(), checksum);
      if (run.checkpoint().pendingMarks() >= COMMIT_EVERY) {
        // A listing of a thousand papers with PDFs takes a while: a crawl killed in the middle keeps what it read.
        run.checkpoint().commit();
      }
    }
    return true;
  }

  /**
   * Keeps a listing's validators unless one of its papers was published without all of it (a failed PDF or paper page) since
   * {@code incompleteBefore}: then the next crawl reads the listing again and retries just those papers.
   */
  void keepValidators(URI url, FetchResult listing, String meta, int incompleteBefore) {
    if (incomplete == incompleteBefore) {
      run.checkpoint().validators(url, listing, meta);
    }
  }
}
