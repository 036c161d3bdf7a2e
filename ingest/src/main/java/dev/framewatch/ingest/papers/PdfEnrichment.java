package dev.framewatch.ingest.papers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchException;
import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.papers.pdf.PdfText;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A papers crawl's full text: each paper's {@code pdf} link fetched (at most {@link PapersOptions#pdfMaxBytes()} bytes) and its
 * text extracted with {@link PdfText} into {@code text}. A PDF that cannot be fetched, is too large or cannot be read is
 * dead-lettered (URL, reason, context) and the paper is still published, without text; it is counted as failed so the paper
 * is not marked known and the next crawl tries again. Confined to the crawling thread.
 */
final class PdfEnrichment {
  private static final Logger LOG = LoggerFactory.getLogger(PdfEnrichment.class);
  /** How much of a PDF request's error page a dead letter keeps. */
  static final int PDF_EXCERPT_CHARS = 500;
  /**
   * Full text is cut to this many characters (and {@code extra.text_truncated} set): the start of a paper is where its setup is
   * described. A paper still over {@code kafka.max-record-bytes} is cut further to fit by the crawl's
   * {@link dev.framewatch.ingest.crawl.FittingSink}.
   */
  static final int MAX_TEXT_CHARS = 200_000;

  private final HttpFetcher fetcher;
  private final CrawlRun run;
  private final PdfText pdfText;
  private int texts;
  private int failed;

  /** @param maxBytes {@link PapersOptions#pdfMaxBytes()}; 0 = no full text */
  PdfEnrichment(HttpFetcher fetcher, CrawlRun run, long maxBytes) {
    this.fetcher = fetcher;
    this.run = run;
    this.pdfText = new PdfText(maxBytes);
  }

  boolean enabled() {
    return pdfText.enabled();
  }

  /** PDFs read into text so far. */
  int texts() {
    return texts;
  }

  /** PDFs that failed so far (dead-lettered). */
  int failed() {
    return failed;
  }

  /**
   * The paper with the text of its PDF, when full text is on and it has a PDF link; otherwise, or when the PDF fails (it is
   * then dead-lettered), the paper as it was.
   */
  Paper withFullText(Paper p, PageScope scope) {
    String link = p.links().get("pdf");
    if (!enabled() || link == null || link.isBlank()) {
      return p;
    }
    URI url;
    try {
      url = FetchRequest.absolute(link);
    } catch (IllegalArgumentException e) {
      return failed(p, scope, link, 0, "bad PDF link: " + e.getMessage(), "");
    }
    run.countPage();
    FetchResult r;
    try {
      r = fetcher.fetch(FetchRequest.get(url).withMaxBytes(pdfText.maxBytes()));
    } catch (FetchException e) {
      return failed(p, scope, url.toString(), e.lastStatus(), "PDF: " + e.reason(), "");
    }
    if (r.status() != 200) {
      return failed(p, scope, url.toString(), r.status(), "PDF: HTTP " + r.status(), r.excerpt(PDF_EXCERPT_CHARS));
    }
    String text;
    try {
      text = pdfText.extract(r.bytes()).orElse(null);
    } catch (MalformedResponseException e) {
      return failed(p, scope, url.toString(), r.status(), "PDF: " + e.getMessage(), "");
    }
    if (text == null || text.isBlank()) {
      return p;
    }
    texts++;
    Map<String, JsonNode> extra = p.extra();
    if (text.length() > MAX_TEXT_CHARS) {
      // The start of a paper is where its setup is described; the record size limit may cut it further (FittingSink).
      LOG.info("full text of {} cut from {} to {} characters", p.id(), text.length(), MAX_TEXT_CHARS);
      text = text.substring(0, MAX_TEXT_CHARS);
      extra = new LinkedHashMap<>(extra);
      extra.put("text_truncated", BooleanNode.TRUE);
    }
    return new Paper(p.id(), p.source(), p.fetchedAt(), p.title(), p.venue(), p.year(), p.authors(), p.affiliations(),
        p.emails(), p.abstractText(), text, p.links(), extra);
  }

  private Paper failed(Paper p, PageScope scope, String origin, int status, String reason, String excerpt) {
    failed++;
    run.deadLetterPage(scope, origin, status, reason, excerpt);
    return p;
  }
}
