package dev.framewatch.ingest.papers;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Paper;
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
import dev.framewatch.ingest.state.Checksum;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.state.Validators;
import dev.framewatch.ingest.papers.acl.AclAnthologyParser;
import dev.framewatch.ingest.papers.arxiv.ArxivAtomParser;
import dev.framewatch.ingest.papers.cvf.CvfParser;
import dev.framewatch.ingest.papers.neurips.NeuripsParser;
import dev.framewatch.ingest.papers.openreview.OpenReviewParser;
import dev.framewatch.ingest.papers.pdf.PdfText;
import dev.framewatch.ingest.papers.pmlr.PmlrParser;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * cannot be read is dead-lettered (URL, reason, context) and the paper is still published, without text.
 */
public final class PapersCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(PapersCrawler.class);
  public static final String SOURCE = "papers";
  /** How much of an unusable page a dead letter keeps. */
  static final int EXCERPT_CHARS = PageFailure.EXCERPT_CHARS;
  /** How much of a PDF request's error page a dead letter keeps. */
  static final int PDF_EXCERPT_CHARS = 500;
  /** Full text is cut to this many characters (and {@code extra.text_truncated} set) so a record fits a Kafka message. */
  static final int MAX_TEXT_CHARS = 200_000;
  /**
   * Marks of papers published: id to the checksum of the listing entry (before abstract page and PDF) they were made from. A
   * paper whose entry is unchanged is not published again, nor its PDF fetched; one whose entry changed (an arXiv revision,
   * a corrected title) is read again in full, PDF included, so its record never loses its text.
   */
  static final String KNOWN = "paper";
  /** Marks are committed at least this often within a long listing. */
  static final int COMMIT_EVERY = 25;
  /** What {@code fetchAndParse} returns for a 304. */
  private static final PaperPage NOT_MODIFIED = new PaperPage(List.of(), List.of(), PaperPage.UNPAGED);

  @FunctionalInterface
  private interface PageParser {
    PaperPage parse(String body, URI url, PaperContext ctx) throws PaperParseException;
  }

  private final HttpFetcher fetcher;
  private final RecordSink sink;
  private final PapersOptions options;
  private final Clock clock;
  private final PdfText pdfText;
  private final CrawlState state;

  /** A crawler that remembers nothing between crawls. */
  public PapersCrawler(HttpFetcher fetcher, RecordSink sink, PapersOptions options, Clock clock) {
    this(fetcher, sink, options, clock, CrawlState.none());
  }

  public PapersCrawler(HttpFetcher fetcher, RecordSink sink, PapersOptions options, Clock clock, CrawlState state) {
    this.state = Objects.requireNonNull(state, "state");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pdfText = new PdfText(options.pdfMaxBytes());
  }

  public PapersCrawler(HttpFetcher fetcher, RecordSink sink, Settings settings) {
    this(fetcher, sink, settings, CrawlState.none());
  }

  public PapersCrawler(HttpFetcher fetcher, RecordSink sink, Settings settings, CrawlState state) {
    this(fetcher, sink, PapersOptions.from(settings), Clock.systemUTC(), state);
    // arXiv's API terms ask for no more than one request every 3 seconds: sources.papers.arxiv.min-interval-ms.
    long ms = settings.sourceLong("papers.arxiv.min-interval-ms");
    if (ms < 0) {
      throw new IllegalArgumentException("sources.papers.arxiv.min-interval-ms: must not be negative, got " + ms);
    }
    String arxiv = options.baseUrl(Upstream.ARXIV);
    if (arxiv != null && !arxiv.isBlank()) {
      fetcher.minInterval(URI.create(arxiv), java.time.Duration.ofMillis(ms));
    }
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
  public CrawlSummary crawl(CrawlListener listener) {
    Run run = new Run(listener == null ? CrawlListener.NONE : listener, new Checkpoint(state, sink));
    for (VenueTable.Venue venue : options.venues()) {
      crawlVenue(venue, run);
    }
    for (String category : options.arxivCategories()) {
      crawlArxiv(category, run);
    }
    run.checkpoint.commit();
    CrawlSummary summary = new CrawlSummary(SOURCE, run.pages, run.published, run.failedPages, run.deadLettered,
        run.notModified, run.known, 0);
    LOG.info("{}", summary);
    if (pdfText.enabled()) {
      LOG.info("papers full text: {} PDFs read, {} failed", run.pdfTexts, run.pdfFailed);
    }
    return summary;
  }

  private void crawlVenue(VenueTable.Venue venue, Run run) {
    String partition = venue.key();
    PaperContext ctx = new PaperContext(venue.conference(), venue.year(), clock.instant());
    URI url = firstPage(venue);
    switch (venue.upstream()) {
      case CVF:
        crawlCvf(url, partition, ctx, run);
        return;
      case NEURIPS:
        onePage(url, partition, NeuripsParser.SOURCE, ctx, run, NeuripsParser::parseListing);
        return;
      case PMLR:
        onePage(url, partition, PmlrParser.SOURCE, ctx, run, PmlrParser::parseVolume);
        return;
      case ACL:
        onePage(url, partition, AclAnthologyParser.SOURCE, ctx, run, (body, u, c) -> AclAnthologyParser.parse(body, c));
        return;
      case OPENREVIEW:
        URI site = openReviewSite(options.baseUrl(Upstream.OPENREVIEW));
        String base = options.baseUrl(Upstream.OPENREVIEW) + Upstream.OPENREVIEW.listingPath(venue.upstreamId());
        paged(partition, OpenReviewParser.SOURCE, ctx, run, options.openReviewPageSize(), 0,
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
   * before the newest {@code updated} it saw ({@link #arxivCursor}); papers already published as they are ({@link #KNOWN})
   * are skipped, PDF and all. The cursor moves only when the category was read without a failed page.
   */
  private void crawlArxiv(String category, Run run) {
    PaperContext ctx = new PaperContext(ArxivAtomParser.VENUE, null, clock.instant());
    Optional<Instant> since = run.checkpoint.cursor(arxivCursor(category)).map(Instant::parse);
    Instant[] newest = {since.orElse(null)};
    boolean complete = paged("arxiv:" + category, ArxivAtomParser.SOURCE, ctx, run, options.arxivPageSize(),
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
      run.checkpoint.cursor(arxivCursor(category), newest[0].toString());
      run.checkpoint.commit();
    }
  }

  /** An arXiv entry's {@code updated} (kept in {@code extra}), or null. */
  private static Instant updated(Paper p) {
    com.fasterxml.jackson.databind.JsonNode u = p.extra().get("updated");
    if (u == null || !u.isTextual()) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(u.textValue()).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
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

  /** A one-page listing, asked conditionally: a 304 means every paper on it is as the last crawl published it. */
  private void onePage(URI url, String partition, String source, PaperContext ctx, Run run, PageParser parser) {
    PaperPage page = fetchAndParse(url, partition, source, ctx, run, parser, true);
    if (page == null || page == NOT_MODIFIED) {
      return;
    }
    int incomplete = run.incomplete;
    publish(page, url, partition, source, run, true);
    keepValidators(run, url, run.last, null, incomplete);
    run.checkpoint.commit();
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
  private boolean paged(String partition, String source, PaperContext ctx, Run run, int pageSize, int max,
      java.util.function.IntFunction<URI> pageUrl, PageParser parser, boolean stopOnNotModified,
      java.util.function.Predicate<PaperPage> stopAfter) {
    int offset = 0;
    while (true) {
      URI url = pageUrl.apply(offset);
      PaperPage page = fetchAndParse(url, partition, source, ctx, run, parser, true);
      if (page == null) {
        return false;
      }
      int entries;
      long total;
      if (page == NOT_MODIFIED) {
        String[] meta = run.checkpoint.validators(url).map(Validators::meta).orElse("0/-1").split("/");
        entries = Integer.parseInt(meta[0]);
        total = Long.parseLong(meta[1]);
        if (stopOnNotModified) {
          return true;
        }
      } else {
        int incomplete = run.incomplete;
        FetchResult listing = run.last;
        publish(page, url, partition, source, run, true);
        entries = page.entries();
        total = page.total();
        keepValidators(run, url, listing, entries + "/" + total, incomplete);
        run.checkpoint.commit();
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

  private void crawlCvf(URI url, String partition, PaperContext ctx, Run run) {
    PaperPage page = fetchAndParse(url, partition, CvfParser.SOURCE, ctx, run, CvfParser::parseListing, true);
    if (page == null || page == NOT_MODIFIED) {
      return;
    }
    FetchResult listing = run.last;
    int incomplete = run.incomplete;
    if (!options.cvfAbstracts()) {
      publish(page, url, partition, CvfParser.SOURCE, run, true);
      keepValidators(run, url, listing, null, incomplete);
      run.checkpoint.commit();
      return;
    }
    // The listing's rejects now; each paper once its own page has been tried.
    publish(new PaperPage(List.of(), page.rejected(), page.total()), url, partition, CvfParser.SOURCE, run, true);
    for (Paper paper : page.papers()) {
      String checksum = Checksum.ofContent(paper);
      if (run.ids.contains(paper.id()) || isKnown(paper, checksum, run)) {
        continue;
      }
      String pageLink = paper.links().get("page");
      URI paperUrl = URI.create(pageLink);
      FetchResult r = fetch(paperUrl, partition, CvfParser.SOURCE, run);
      Paper out = paper;
      int letters = 0;
      if (r != null) {
        try {
          out = Papers.withAbstract(paper, CvfParser.parseAbstract(r.body(), r.url()));
        } catch (PaperParseException e) {
          deadLetterPage(paperUrl, partition, CvfParser.SOURCE, r.status(), e.getMessage(), r.excerpt(EXCERPT_CHARS), run);
          letters = 1;
        }
      }
      publishOne(out, checksum, partition, CvfParser.SOURCE, run, r != null && letters == 0);
      if (r != null) {
        run.progress.onPage(new PageReport(SOURCE, partition, paperUrl, r.status(), r.attempts(), 1, letters, run.published));
      }
    }
    keepValidators(run, url, listing, null, incomplete);
    run.checkpoint.commit();
  }

  /**
   * The parsed page; {@link #NOT_MODIFIED} when a conditional request got 304; null when it was dead-lettered.
   *
   * @param conditional ask with the validators kept for the URL
   */
  private PaperPage fetchAndParse(URI url, String partition, String source, PaperContext ctx, Run run, PageParser parser,
      boolean conditional) {
    FetchResult r = fetch(url, partition, source, run, conditional);
    if (r == null) {
      return null;
    }
    if (r.status() == 304) {
      return NOT_MODIFIED;
    }
    try {
      PaperPage page = parser.parse(r.body(), r.url(),
          new PaperContext(ctx.venue(), ctx.year(), clock.instant()));
      run.last = r;
      return page;
    } catch (PaperParseException | RuntimeException e) {
      // A parser bug must not end the crawl either; it is reported like unreadable input.
      String reason = e instanceof PaperParseException ? e.getMessage() : "parser failed: " + e;
      deadLetterPage(url, partition, source, r.status(), reason, r.excerpt(EXCERPT_CHARS), run);
      run.progress.onPage(new PageReport(SOURCE, partition, url, r.status(), r.attempts(), 0, 1, run.published));
      return null;
    }
  }

  private FetchResult fetch(URI url, String partition, String source, Run run) {
    return fetch(url, partition, source, run, false);
  }

  /** A 200 response, a 304 to a conditional request, or null when the page failed (and was dead-lettered and reported). */
  private FetchResult fetch(URI url, String partition, String source, Run run, boolean conditional) {
    run.pages++;
    FetchResult r;
    try {
      FetchRequest request = FetchRequest.get(url);
      r = fetcher.fetch(conditional ? run.checkpoint.conditional(request) : request);
      if (r.status() == 304 && conditional) {
        run.notModified++;
        run.progress.onPage(new PageReport(SOURCE, partition, url, 304, r.attempts(), 0, 0, run.published));
        return r;
      }
    } catch (FetchException e) {
      deadLetterPage(url, partition, source, e.lastStatus(), e.reason(), "", run);
      run.progress.onPage(new PageReport(SOURCE, partition, url, e.lastStatus(), e.attempts(), 0, 1, run.published));
      return null;
    }
    if (r.status() != 200) {
      deadLetterPage(url, partition, source, r.status(), "HTTP " + r.status(), r.excerpt(EXCERPT_CHARS), run);
      run.progress.onPage(new PageReport(SOURCE, partition, url, r.status(), r.attempts(), 0, 1, run.published));
      return null;
    }
    return r;
  }

  private void publish(PaperPage page, URI url, String partition, String source, Run run, boolean report) {
    int published = 0;
    for (Paper p : page.papers()) {
      String checksum = Checksum.ofContent(p);
      if (!run.ids.contains(p.id()) && !isKnown(p, checksum, run) && publishOne(p, checksum, partition, source, run, true)) {
        published++;
      }
    }
    for (PaperPage.Rejected rejected : page.rejected()) {
      sink.deadLetter(new DeadLetter(url.toString(), rejected.reason(), rejected.input(),
          PageFailure.context(source, "paper", 200, "venue", partition), clock.instant()));
      run.deadLettered++;
    }
    if (report) {
      FetchResult r = run.last;
      run.progress.onPage(new PageReport(SOURCE, partition, url, r == null ? 200 : r.status(), r == null ? 1 : r.attempts(),
          published, page.rejected().size(), run.published));
    }
  }

  /**
   * Whether an earlier crawl published this paper from the same listing entry ({@code checksum} of it, see {@link #KNOWN}),
   * text included: then it is skipped, and its PDF is not downloaded again.
   */
  private boolean isKnown(Paper p, String checksum, Run run) {
    if (run.checkpoint.mark(KNOWN, p.id()).filter(checksum::equals).isPresent()) {
      run.ids.add(p.id());
      run.known++;
      return true;
    }
    return false;
  }

  /**
   * Publishes a paper unless this crawl already did (arXiv lists a cross-listed paper under each of its categories), and
   * marks it known once it is in Kafka, unless its PDF failed (then the next crawl tries again).
   *
   * @param checksum of the listing entry the paper came from
   * @param complete false when part of the paper could not be read (its CVF page): it is published, but not marked known
   */
  private boolean publishOne(Paper p, String checksum, String partition, String source, Run run, boolean complete) {
    if (!run.ids.add(p.id())) {
      return false;
    }
    int pdfFailedBefore = run.pdfFailed;
    sink.publish(withFullText(p, partition, source, run));
    run.published++;
    if (!complete || run.pdfFailed != pdfFailedBefore) {
      run.incomplete++;
    } else {
      run.checkpoint.mark(KNOWN, p.id(), checksum);
      if (run.checkpoint.pendingMarks() >= COMMIT_EVERY) {
        // A listing of a thousand papers with PDFs takes a while: a crawl killed in the middle keeps what it read.
        run.checkpoint.commit();
      }
    }
    return true;
  }

  /**
   * The paper with the text of its PDF, when full text is on and it has a PDF link; otherwise, or when the PDF fails (it is
   * then dead-lettered), the paper as it was.
   */
  private Paper withFullText(Paper p, String partition, String source, Run run) {
    String link = p.links().get("pdf");
    if (!pdfText.enabled() || link == null || link.isBlank()) {
      return p;
    }
    URI url;
    try {
      url = URI.create(link.trim());
      if (!url.isAbsolute()) {
        throw new IllegalArgumentException("not an absolute URL");
      }
    } catch (IllegalArgumentException e) {
      run.pdfFailed++;
      deadLetter(link, partition, source, 0, "bad PDF link: " + e.getMessage(), "", run);
      return p;
    }
    run.pages++;
    FetchResult r;
    try {
      r = fetcher.fetch(FetchRequest.get(url).withMaxBytes(options.pdfMaxBytes()));
    } catch (FetchException e) {
      run.pdfFailed++;
      deadLetterPage(url, partition, source, e.lastStatus(), "PDF: " + e.reason(), "", run);
      return p;
    }
    if (r.status() != 200) {
      run.pdfFailed++;
      deadLetterPage(url, partition, source, r.status(), "PDF: HTTP " + r.status(), r.excerpt(PDF_EXCERPT_CHARS), run);
      return p;
    }
    String text;
    try {
      text = pdfText.extract(r.bytes()).orElse(null);
    } catch (PaperParseException e) {
      run.pdfFailed++;
      deadLetterPage(url, partition, source, r.status(), "PDF: " + e.getMessage(), "", run);
      return p;
    }
    if (text == null || text.isBlank()) {
      return p;
    }
    run.pdfTexts++;
    Map<String, com.fasterxml.jackson.databind.JsonNode> extra = p.extra();
    if (text.length() > MAX_TEXT_CHARS) {
      // A record must fit a Kafka message (1 MB by default); the start of a paper is where its setup is described anyway.
      LOG.info("full text of {} cut from {} to {} characters", p.id(), text.length(), MAX_TEXT_CHARS);
      text = text.substring(0, MAX_TEXT_CHARS);
      extra = new LinkedHashMap<>(extra);
      extra.put("text_truncated", com.fasterxml.jackson.databind.node.BooleanNode.TRUE);
    }
    return new Paper(p.id(), p.source(), p.fetchedAt(), p.title(), p.venue(), p.year(), p.authors(), p.affiliations(),
        p.emails(), p.abstractText(), text, p.links(), extra);
  }

  /**
   * Keeps a listing's validators unless one of its papers was published without all of it (a failed PDF or paper page) since
   * {@code incompleteBefore}: then the next crawl reads the listing again and retries just those papers.
   */
  private static void keepValidators(Run run, URI url, FetchResult listing, String meta, int incompleteBefore) {
    if (run.incomplete == incompleteBefore) {
      run.checkpoint.validators(url, listing, meta);
    }
  }

  private void deadLetterPage(URI url, String partition, String source, int status, String reason, String excerpt, Run run) {
    deadLetter(url.toString(), partition, source, status, reason, excerpt, run);
  }

  private void deadLetter(String url, String partition, String source, int status, String reason, String excerpt, Run run) {
    LOG.warn("papers page {} failed (status {}): {}", url, status, reason);
    run.failedPages++;
    run.deadLettered++;
    sink.deadLetter(new DeadLetter(url, reason, excerpt, PageFailure.context(source, "paper", status, "venue", partition),
        clock.instant()));
  }


  /** Running counts of one crawl; confined to the crawling thread. */
  private static final class Run {
    final CrawlListener progress;
    final Checkpoint checkpoint;
    final Set<String> ids = new HashSet<>();
    FetchResult last;
    int notModified;
    long known;
    /** Papers published without all of them (PDF or paper page failed); they are retried by the next crawl. */
    int incomplete;
    int pages;
    int pdfTexts;
    int pdfFailed;
    long published;
    int failedPages;
    long deadLettered;

    Run(CrawlListener progress, Checkpoint checkpoint) {
      this.progress = progress;
      this.checkpoint = checkpoint;
    }
  }
}
