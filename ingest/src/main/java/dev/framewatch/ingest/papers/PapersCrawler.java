package dev.framewatch.ingest.papers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.CrawlContext;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.Crawler;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.papercode.PaperCodeEnrichment;
import dev.framewatch.ingest.papers.acl.AclAnthologyParser;
import dev.framewatch.ingest.papers.arxiv.ArxivAtomParser;
import dev.framewatch.ingest.papers.cvf.CvfParser;
import dev.framewatch.ingest.papers.neurips.NeuripsParser;
import dev.framewatch.ingest.papers.openreview.OpenReviewParser;
import dev.framewatch.ingest.papers.pmlr.PmlrParser;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls research papers: every configured venue from the site that lists it (CVF open access, NeurIPS proceedings, PMLR,
 * OpenReview, the ACL Anthology; see {@link VenueTable}), then the newest arXiv submissions of each configured category.
 *
 * <p>Listings that page (OpenReview by {@code offset}/{@code count}, arXiv by {@code start}/{@code opensearch:totalResults})
 * are followed to the end or to the configured limit; the others are one page. CVF listings carry no abstracts, so each CVF
 * paper's own page is fetched for it (when {@link PapersOptions#cvfAbstracts()}).
 *
 * <p>Failures stay local: an entry that cannot become a record is dead-lettered and its page goes on; a page that cannot be
 * used (error status, retries exhausted, truncated or not the expected format) is dead-lettered with its URL, status, reason
 * and an excerpt, and ends that venue (its later pages cannot be trusted to line up), and the crawl goes on with the next. A
 * CVF paper whose own page fails is still published, without its abstract.
 *
 * <p>Full text: when {@link PapersOptions#pdfMaxBytes()} is above 0, each paper's {@code pdf} link is fetched (at most that
 * many bytes) and its text extracted with {@link PdfText} into {@code text}. A PDF that cannot be fetched, is too large or
 * cannot be read is dead-lettered (URL, reason, context) and the paper is still published, without text
 * ({@link PdfEnrichment}). How listings are read is {@link PaperListings}; what is published, {@link PaperPublisher}.
 */
public record PapersCrawler(CrawlContext context, PapersOptions options) implements Crawler {
  private static final Logger LOG = LoggerFactory.getLogger(PapersCrawler.class);
  public static final String SOURCE = "papers";

  @Override
  public String source() {
    return SOURCE;
  }

  /** The first listing URL of a venue. */
  public URI firstPage(VenueTable.Venue venue) {
    String url = options.baseUrl(venue.upstream()) + venue.upstream().listingPath(venue.upstreamId());
    if (venue.upstream() == Upstream.OPENREVIEW) {
      url += openReviewPaging(0);
    }
    return URI.create(url);
  }

  /** The first page of an arXiv category listing, newest submissions first. */
  public URI arxivPage(String category, int start) {
    int size = options.arxivPageSize();
    if (options.arxivMaxResults() > 0) {
      size = Math.min(size, options.arxivMaxResults() - start);
    }
    return URI.create(options.baseUrl(Upstream.ARXIV) + Upstream.ARXIV.listingPath(category) + "&start=" + start
        + "&max_results=" + size + "&sortBy=submittedDate&sortOrder=descending");
  }

  /** Every listing a crawl starts from, in crawl order; for logs and dry runs. */
  public List<URI> firstPages() {
    List<URI> out = new ArrayList<>();
    options.venues().forEach(v -> out.add(firstPage(v)));
    options.arxivCategories().forEach(c -> out.add(arxivPage(c, 0)));
    return out;
  }

  /** Crawls every venue and arXiv category, then flushes the sink (so a failed Kafka send fails the crawl). */
  @Override
  public CrawlSummary crawl(CrawlListener listener) {
    CrawlRun run = new CrawlRun(context, listener);
    PdfEnrichment pdfs = new PdfEnrichment(context.fetcher(), run, options.pdfMaxBytes());
    PaperCodeEnrichment code = new PaperCodeEnrichment(run, context.fetcher(), options.code());
    PaperListings listings = new PaperListings(run, new PaperPublisher(run, context.sink(), pdfs, code));
    for (VenueTable.Venue venue : options.venues()) {
      crawlVenue(venue, run, listings);
    }
    for (String category : options.arxivCategories()) {
      crawlArxiv(category, run, listings);
    }
    CrawlSummary summary = run.finish(SOURCE);
    if (pdfs.enabled()) {
      LOG.info("papers full text: {} PDFs read, {} failed", pdfs.texts(), pdfs.failed());
    }
    if (code.enabled()) {
      LOG.info("papers' code: {} repositories judged ({} unchanged since the last crawl), {} deferred",
          code.judge().judged(), code.judge().fromCache(), code.deferred());
    }
    return summary;
  }

  /** A listing page of {@code upstream} (e.g. {@link OpenReviewParser#SOURCE}), which its dead letters name. */
  private static PageScope scope(String upstream, String partition) {
    return new PageScope(SOURCE, upstream, "paper", "venue", partition);
  }

  private void crawlVenue(VenueTable.Venue venue, CrawlRun run, PaperListings listings) {
    String partition = venue.key();
    PaperContext ctx = new PaperContext(venue.conference(), venue.year(), run.now());
    URI url = firstPage(venue);
    switch (venue.upstream()) {
      case CVF:
        listings.cvf(url, scope(CvfParser.SOURCE, partition), ctx, options.cvfAbstracts());
        return;
      case NEURIPS:
        listings.onePage(url, scope(NeuripsParser.SOURCE, partition), ctx, NeuripsParser::parseListing);
        return;
      case PMLR:
        listings.onePage(url, scope(PmlrParser.SOURCE, partition), ctx, PmlrParser::parseVolume);
        return;
      case ACL:
        listings.onePage(url, scope(AclAnthologyParser.SOURCE, partition), ctx,
            (body, u, c) -> AclAnthologyParser.parse(body, c));
        return;
      case OPENREVIEW:
        URI site = openReviewSite(options.baseUrl(Upstream.OPENREVIEW));
        String base = options.baseUrl(Upstream.OPENREVIEW) + Upstream.OPENREVIEW.listingPath(venue.upstreamId());
        listings.paged(scope(OpenReviewParser.SOURCE, partition), ctx, options.openReviewPageSize(), 0,
            offset -> URI.create(base + openReviewPaging(offset)),
            (body, u, c) -> OpenReviewParser.parseNotes(body, site, c), false, page -> false);
        return;
      default:
        throw new IllegalStateException("no crawl for " + venue.upstream());
    }
  }

  static String arxivCursor(String category) {
    return "arxiv.updated." + category;
  }

  /**
   * One arXiv category, newest first. A crawl that has read it before stops after the first page holding an entry updated
   * before the newest {@code updated} it saw ({@link #arxivCursor}); papers already published as they are
   * ({@link PaperPublisher#KNOWN}) are skipped, PDF and all. The cursor moves only when the category was read without a
   * failed page.
   */
  private void crawlArxiv(String category, CrawlRun run, PaperListings listings) {
    PaperContext ctx = new PaperContext(ArxivAtomParser.VENUE, null, run.now());
    Optional<Instant> since = run.checkpoint().cursor(arxivCursor(category)).map(Instant::parse);
    Instant[] newest = {since.orElse(null)};
    boolean complete = listings.paged(scope(ArxivAtomParser.SOURCE, "arxiv:" + category), ctx, options.arxivPageSize(),
        options.arxivMaxResults(), start -> arxivPage(category, start), (body, u, c) -> ArxivAtomParser.parse(body, c), true,
        page -> {
          boolean older = false;
          for (Paper p : page.papers()) {
            Instant updated = updated(p);
            if (updated == null) {
              continue;
            }
            if (newest[0] == null || updated.isAfter(newest[0])) {
              newest[0] = updated;
            }
            older |= since.isPresent() && updated.isBefore(since.get());
          }
          return older;
        });
    if (complete && newest[0] != null) {
      run.checkpoint().cursor(arxivCursor(category), newest[0].toString());
      run.checkpoint().commit();
    }
  }

  /** An arXiv entry's {@code updated} (kept in {@code extra}), or null. */
  private static Instant updated(Paper p) {
    JsonNode u = p.extra().get("updated");
    if (u == null || !u.isTextual()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(u.textValue()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private String openReviewPaging(int offset) {
    return "&offset=" + offset + "&limit=" + options.openReviewPageSize();
  }

  /** Where OpenReview's PDFs and forum pages live: the API host without its {@code api2.} (or {@code api.}) prefix. */
  static URI openReviewSite(String apiBase) {
    URI u = URI.create(apiBase + "/");
    String host = u.getHost();
    if (host != null && (host.startsWith("api2.") || host.startsWith("api."))) {
      return URI.create(u.getScheme() + "://" + host.substring(host.indexOf('.') + 1) + "/");
    }
    return u;
  }
}
