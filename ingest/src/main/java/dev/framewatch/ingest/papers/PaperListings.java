package dev.framewatch.ingest.papers;

import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.papers.cvf.CvfParser;
import dev.framewatch.ingest.state.Checksum;
import dev.framewatch.ingest.state.Validators;
import java.net.URI;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * How a papers crawl reads listings: a one-page listing, an offset-paged one, and a CVF listing with each paper's own page for
 * its abstract. Every listing page is asked conditionally; a page that cannot be used is dead-lettered and ends its listing
 * (its later pages cannot be trusted to line up). Confined to the crawling thread.
 */
final class PaperListings {
  /** Reads one listing response. */
  @FunctionalInterface
  interface PageParser {
    PaperPage parse(String body, URI url, PaperContext ctx) throws MalformedResponseException;
  }

  /** A listing page read, and the response it came in; {@link #NOT_MODIFIED} for a 304. */
  private record Read(PaperPage page, FetchResult response) {}

  private static final Read NOT_MODIFIED = new Read(new PaperPage(List.of(), List.of(), PaperPage.UNPAGED), null);

  private final CrawlRun run;
  private final PaperPublisher publisher;

  PaperListings(CrawlRun run, PaperPublisher publisher) {
    this.run = run;
    this.publisher = publisher;
  }

  /** A one-page listing, asked conditionally: a 304 means every paper on it is as the last crawl published it. */
  void onePage(URI url, PageScope scope, PaperContext ctx, PageParser parser) {
    Read read = fetchAndParse(url, scope, ctx, parser);
    if (read == null || read == NOT_MODIFIED) {
      return;
    }
    int incomplete = publisher.incomplete();
    publisher.publish(read.page(), url, scope, read.response());
    publisher.keepValidators(url, read.response(), null, incomplete);
    run.checkpoint().commit();
  }

  /**
   * Offset paging: requests {@code pageUrl(0)}, {@code pageUrl(n)}, ... until the listing's total is reached, a page is empty
   * (or short, when the upstream states no total), {@code max} entries were listed, or {@code stopAfter} says the page reached
   * what an earlier crawl read. Every page is asked conditionally; its validators keep its entry count and the listing's total,
   * so a 304 page is stepped over without its body, or ends the listing when {@code stopOnNotModified} (a newest-first
   * listing whose page is unchanged has nothing new after it).
   *
   * @return true when the listing was read to its end, false when a page failed
   */
  boolean paged(PageScope scope, PaperContext ctx, int pageSize, int max, IntFunction<URI> pageUrl, PageParser parser,
      boolean stopOnNotModified, Predicate<PaperPage> stopAfter) {
    int offset = 0;
    while (true) {
      URI url = pageUrl.apply(offset);
      Read read = fetchAndParse(url, scope, ctx, parser);
      if (read == null) {
        return false;
      }
      int entries;
      long total;
      if (read == NOT_MODIFIED) {
        String[] meta = run.checkpoint().validators(url).map(Validators::meta).orElse("0/-1").split("/");
        entries = Integer.parseInt(meta[0]);
        total = Long.parseLong(meta[1]);
        if (stopOnNotModified) {
          return true;
        }
      } else {
        PaperPage page = read.page();
        int incomplete = publisher.incomplete();
        publisher.publish(page, url, scope, read.response());
        entries = page.entries();
        total = page.total();
        publisher.keepValidators(url, read.response(), entries + "/" + total, incomplete);
        run.checkpoint().commit();
        if (stopAfter.test(page)) {
          return true;
        }
      }
      if (entries == 0) {
        return true;
      }
      offset += entries;
      if (total != PaperPage.UNPAGED ? offset >= total : entries < pageSize) {
        return true;
      }
      if (max > 0 && offset >= max) {
        return true;
      }
    }
  }

  /**
   * A CVF listing. Its entries carry no abstracts, so with {@code abstracts} each paper's own page is fetched for it; a paper
   * whose page fails is still published, without its abstract, and read again next crawl.
   */
  void cvf(URI url, PageScope scope, PaperContext ctx, boolean abstracts) {
    Read read = fetchAndParse(url, scope, ctx, CvfParser::parseListing);
    if (read == null || read == NOT_MODIFIED) {
      return;
    }
    PaperPage page = read.page();
    FetchResult listing = read.response();
    int incomplete = publisher.incomplete();
    if (!abstracts) {
      publisher.publish(page, url, scope, listing);
      publisher.keepValidators(url, listing, null, incomplete);
      run.checkpoint().commit();
      return;
    }
    // The listing's rejects now; each paper once its own page has been tried.
    publisher.publish(new PaperPage(List.of(), page.rejected(), page.total()), url, scope, listing);
    for (Paper paper : page.papers()) {
      String checksum = Checksum.ofContent(paper);
      if (publisher.seenOrKnown(paper, checksum)) {
        continue;
      }
      URI paperUrl = URI.create(paper.links().get("page"));
      FetchResult r = run.fetch(scope, paperUrl, false);
      Paper out = paper;
      int letters = 0;
      if (r != null) {
        try {
          out = Papers.withAbstract(paper, CvfParser.parseAbstract(r.body(), r.url()));
        } catch (MalformedResponseException e) {
          run.deadLetterPage(scope, paperUrl.toString(), r.status(), e.getMessage(), r.excerpt(CrawlRun.EXCERPT_CHARS));
          letters = 1;
        }
      }
      publisher.publishOne(out, checksum, scope, r != null && letters == 0);
      if (r != null) {
        run.report(scope, paperUrl, r, 1, letters);
      }
    }
    publisher.keepValidators(url, listing, null, incomplete);
    run.checkpoint().commit();
  }

  /** The parsed page; {@link #NOT_MODIFIED} when the conditional request got 304; null when it was dead-lettered. */
  private Read fetchAndParse(URI url, PageScope scope, PaperContext ctx, PageParser parser) {
    FetchResult r = run.fetch(scope, url, true);
    if (r == null) {
      return null;
    }
    if (r.status() == 304) {
      return NOT_MODIFIED;
    }
    try {
      return new Read(parser.parse(r.body(), r.url(), new PaperContext(ctx.venue(), ctx.year(), run.now())), r);
    } catch (MalformedResponseException | RuntimeException e) {
      // A parser bug must not end the crawl either; it is reported like unreadable input.
      String reason = e instanceof MalformedResponseException ? e.getMessage() : "parser failed: " + e;
      run.failPage(scope, url, r, reason);
      return null;
    }
  }
}
