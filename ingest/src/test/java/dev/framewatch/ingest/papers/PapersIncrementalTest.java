package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrashingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Re-crawls of paper listings with a persisted {@link CrawlState}: 304 listings, known papers, the arXiv cursor, resume. */
class PapersIncrementalTest {
  private static final String OR_PAGE1 = "/notes?content.venueid=ICLR.cc/2024/Conference&offset=0&limit=2";
  private static final String OR_PAGE2 = "/notes?content.venueid=ICLR.cc/2024/Conference&offset=2&limit=2";
  private static final String PDF1 = "/pdf/4f1c3a9b7e2d5c8a0b6e1f3d2c4a5b6e7f8a9b0c.pdf";
  private static final String PDF2 = "/pdf/0000aaaa1111bbbb2222cccc3333dddd4444eeee.pdf";
  private static final String CV_PAGE1 =
      "/api/query?search_query=cat:cs.CV&start=0&max_results=2&sortBy=submittedDate&sortOrder=descending";
  private static final String CV_PAGE2 =
      "/api/query?search_query=cat:cs.CV&start=2&max_results=2&sortBy=submittedDate&sortOrder=descending";

  @TempDir Path dir;
  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(Fixtures.NOW);
  private final ScriptedServer server = harness.server;

  private CrawlSummary crawl(RecordSink sink, List<String> venues, List<String> categories) {
    return crawl(sink, venues, categories, 1_000_000);
  }

  private CrawlSummary crawl(RecordSink sink, List<String> venues, List<String> categories, long pdfMaxBytes) {
    PapersOptions options = new PapersOptions(venues.stream().map(VenueTable::resolve).toList(),
        Fixtures.everyUpstreamAt(server.baseUrl()), categories, 2, 0, 2, true, pdfMaxBytes);
    return harness.crawl(dir, "papers", sink, context -> new PapersCrawler(context, options));
  }

  private static Response json(String fixture, String etag) {
    return Response.json(200, Fixtures.read(fixture)).withHeader("ETag", etag);
  }

  private static Response pdf() throws IOException {
    return new Response(200, Map.of("Content-Type", "application/pdf"), PdfTextTest.pdf());
  }

  private static Response atom(String fixture, String etag) {
    return new Response(200, Map.of("Content-Type", "application/atom+xml; charset=utf-8", "ETag", etag),
        Fixtures.read(fixture).getBytes(StandardCharsets.UTF_8));
  }

  private void firstOpenReviewCrawl() throws IOException {
    server.enqueue(json("openreview/iclr2024_page1.json", "\"or1\""));
    server.enqueue(pdf());
    server.enqueue(pdf());
    server.enqueue(json("openreview/iclr2024_page2.json", "\"or2\""));
    CollectingSink first = new CollectingSink();
    assertEquals(new CrawlSummary("papers", 4, 3, 0, 0), crawl(first, List.of("iclr-2024"), List.of()));
    assertEquals(List.of(OR_PAGE1, PDF1, PDF2, OR_PAGE2), harness.requested(0));
  }

  @Test
  void anUnchangedPagedListingIsTwo304sAndNothingPublished() throws IOException {
    firstOpenReviewCrawl();

    server.enqueue(Response.status(304));
    server.enqueue(Response.status(304));
    CollectingSink second = new CollectingSink();
    CrawlSummary summary = crawl(second, List.of("iclr-2024"), List.of());

    // Page 2's offset comes from what was kept with page 1's validators: no body needed to step over it.
    assertEquals(new CrawlSummary("papers", 2, 0, 0, 0, 2, 0, 0), summary);
    assertEquals(List.of(OR_PAGE1, OR_PAGE2), harness.requested(4));
    assertEquals("\"or1\"", server.requests().get(4).header("If-None-Match"));
    assertEquals("\"or2\"", server.requests().get(5).header("If-None-Match"));
    assertEquals(List.of(), second.ids());
  }

  @Test
  void aChangedListingRepublishesNoKnownPaperAndDownloadsNoPdfAgain() throws IOException {
    firstOpenReviewCrawl();

    // Page 1 answers 200 with a new ETag but the same two papers; page 2 is unchanged.
    server.enqueue(json("openreview/iclr2024_page1.json", "\"or1-b\""));
    server.enqueue(Response.status(304));
    CollectingSink second = new CollectingSink();
    CrawlSummary summary = crawl(second, List.of("iclr-2024"), List.of());

    assertEquals(new CrawlSummary("papers", 2, 0, 0, 0, 1, 2, 0), summary);
    assertEquals(List.of(OR_PAGE1, OR_PAGE2), harness.requested(4), "no PDF requested");
    assertEquals(List.of(), second.ids());
  }

  @Test
  void arxivStopsPagingAtTheLastSeenUpdatedDate() {
    // Full text off here: these entries' PDF links point at arxiv.org.
    server.enqueue(atom("arxiv/cs_CV_page1.atom.xml", "\"cv1\""));
    server.enqueue(atom("arxiv/cs_CV_page2.atom.xml", "\"cv2\""));
    CollectingSink first = new CollectingSink();
    assertEquals(3, crawl(first, List.of(), List.of("cs.CV"), 0).recordsPublished());

    // The first page changed (new ETag), but it holds an entry updated before the newest one seen (2024-05-13T17:59:58Z):
    // everything after it was read last time.
    server.enqueue(atom("arxiv/cs_CV_page1.atom.xml", "\"cv1-b\""));
    CollectingSink second = new CollectingSink();
    CrawlSummary summary = crawl(second, List.of(), List.of("cs.CV"), 0);

    assertEquals(new CrawlSummary("papers", 1, 0, 0, 0, 0, 2, 0), summary);
    assertEquals(List.of(CV_PAGE1), harness.requested(2));
    assertEquals("\"cv1\"", server.requests().get(2).header("If-None-Match"));

    // Unchanged: one 304, and a newest-first listing whose first page is unchanged has nothing new further down.
    server.enqueue(Response.status(304));
    assertEquals(new CrawlSummary("papers", 1, 0, 0, 0, 1, 0, 0), crawl(new CollectingSink(), List.of(), List.of("cs.CV"), 0));
    assertEquals(List.of(CV_PAGE1), harness.requested(3));
    assertNull(server.requests().get(0).header("If-None-Match"));
    assertEquals(List.of(CV_PAGE1, CV_PAGE2), harness.requested(0).subList(0, 2));
  }

  @Test
  void aKilledCrawlResumesWithoutDownloadingThePdfsItAlreadyRead() throws IOException {
    server.enqueue(json("openreview/iclr2024_page1.json", "\"or1\""));
    server.enqueue(pdf());
    server.enqueue(pdf());
    server.enqueue(json("openreview/iclr2024_page2.json", "\"or2\""));
    CrashingSink dying = new CrashingSink(2);
    assertThrows(CrashingSink.Killed.class, () -> crawl(dying, List.of("iclr-2024"), List.of()));
    assertEquals(List.of("paper:iclr:2024:aB3dE5fG7h", "paper:iclr:2024:Zz9Yy8Xx7W"), dying.durableIds());

    server.enqueue(Response.status(304));
    server.enqueue(json("openreview/iclr2024_page2.json", "\"or2\""));
    CollectingSink rerun = new CollectingSink();
    CrawlSummary summary = crawl(rerun, List.of("iclr-2024"), List.of());

    // From scratch: 2 listing pages and 2 PDFs, 3 papers. Resumed: page 1 is a 304, page 2 is read, no PDF.
    assertEquals(new CrawlSummary("papers", 2, 1, 0, 0, 1, 0, 0), summary);
    assertEquals(List.of(OR_PAGE1, OR_PAGE2), harness.requested(4));
    assertEquals(List.of("paper:iclr:2024:Qq1Ww2Ee3R"), rerun.ids());
    assertNull(((Paper) rerun.records().get(0)).text());
  }

  @Test
  void aPaperWhosePdfFailedIsRetriedNextTimeAndOnlyIt() throws IOException {
    server.enqueue(json("openreview/iclr2024_page1.json", "\"or1\""));
    server.enqueue(pdf());
    server.enqueue(new Response(200, Map.of("Content-Type", "application/pdf"),
        "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.US_ASCII)));
    server.enqueue(json("openreview/iclr2024_page2.json", "\"or2\""));
    assertEquals(new CrawlSummary("papers", 4, 3, 1, 1), crawl(new CollectingSink(), List.of("iclr-2024"), List.of()));

    // Page 1's validators were not kept (one of its papers has no text): it is read again, its first paper is known, the
    // second is published again, with the text of its PDF this time. Page 2 is unchanged.
    server.enqueue(json("openreview/iclr2024_page1.json", "\"or1\""));
    server.enqueue(pdf());
    server.enqueue(Response.status(304));
    CollectingSink second = new CollectingSink();
    assertEquals(new CrawlSummary("papers", 3, 1, 0, 0, 1, 1, 0), crawl(second, List.of("iclr-2024"), List.of()));
    assertEquals(List.of(OR_PAGE1, PDF2, OR_PAGE2), harness.requested(4));
    assertNull(server.requests().get(4).header("If-None-Match"));
    assertEquals(List.of("paper:iclr:2024:Zz9Yy8Xx7W"), second.ids());
    assertEquals("Training with PyTorch 2.1\nand JAX on TPUs\nAppendix\n", ((Paper) second.records().get(0)).text());

    // Now page 1 is complete: a third crawl is two 304s.
    server.enqueue(Response.status(304));
    server.enqueue(Response.status(304));
    assertEquals(new CrawlSummary("papers", 2, 0, 0, 0, 2, 0, 0), crawl(new CollectingSink(), List.of("iclr-2024"), List.of()));
  }
}
