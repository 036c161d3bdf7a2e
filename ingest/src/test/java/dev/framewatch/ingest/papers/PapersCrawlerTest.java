package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.PageReport;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PapersCrawlerTest {
  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(Fixtures.NOW);
  private final ScriptedServer server = harness.server;
  private final CollectingSink sink = harness.sink;
  private final List<PageReport> pages = new ArrayList<>();

  private CrawlSummary crawl(List<String> venues, List<String> categories, int pageSize) {
    return crawl(venues, categories, pageSize, 0);
  }

  private CrawlSummary crawl(List<String> venues, List<String> categories, int pageSize, long pdfMaxBytes) {
    PapersOptions options = new PapersOptions(venues.stream().map(VenueTable::resolve).toList(),
        Fixtures.everyUpstreamAt(server.baseUrl() + "/"), categories, pageSize, 0, pageSize, true, pdfMaxBytes);
    return new PapersCrawler(harness.context(2), options).crawl(pages::add);
  }

  private static Response html(String body) {
    return new Response(200, Map.of("Content-Type", "text/html; charset=utf-8"), body.getBytes(StandardCharsets.UTF_8));
  }

  private static Response atom(String body) {
    return new Response(200, Map.of("Content-Type", "application/atom+xml; charset=utf-8"),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void openReviewPagesByOffsetAndRetriesA500() {
    server.enqueue(Response.json(500, "{\"name\":\"InternalServerError\"}"));
    server.enqueue(Response.json(200, Fixtures.read("openreview/iclr2024_page1.json")));
    server.enqueue(Response.json(200, Fixtures.read("openreview/iclr2024_page2.json")));

    CrawlSummary summary = crawl(List.of("iclr-2024"), List.of(), 2);

    assertEquals(new CrawlSummary("papers", 2, 3, 0, 0), summary);
    assertEquals(List.of("/notes?content.venueid=ICLR.cc/2024/Conference&offset=0&limit=2",
        "/notes?content.venueid=ICLR.cc/2024/Conference&offset=0&limit=2",
        "/notes?content.venueid=ICLR.cc/2024/Conference&offset=2&limit=2"), harness.requested());
    assertEquals(List.of("paper:iclr:2024:aB3dE5fG7h", "paper:iclr:2024:Zz9Yy8Xx7W", "paper:iclr:2024:Qq1Ww2Ee3R"), sink.ids());
    assertEquals(List.of(), sink.deadLetters());
    assertEquals(3, sink.flushes()); // after each listing page, and at the end of the crawl
    // The PDF path is resolved against the configured host, which is not an api2. host here.
    assertEquals(server.baseUrl() + "/pdf/4f1c3a9b7e2d5c8a0b6e1f3d2c4a5b6e7f8a9b0c.pdf",
        ((Paper) sink.records().get(0)).links().get("pdf"));
    assertEquals(List.of(
        new PageReport("papers", "iclr-2024", server.url("/notes?content.venueid=ICLR.cc/2024/Conference&offset=0&limit=2"),
            200, 2, 2, 0, 2),
        new PageReport("papers", "iclr-2024", server.url("/notes?content.venueid=ICLR.cc/2024/Conference&offset=2&limit=2"),
            200, 1, 1, 0, 3)), pages);
  }

  @Test
  void arxivPagesByStartAndATruncatedCategoryIsDeadLetteredWhileTheCrawlGoesOn() {
    String feed = Fixtures.read("arxiv/cs_CV_page1.atom.xml");
    String truncated = feed.substring(0, feed.indexOf("<entry>") + 40);
    server.enqueue(atom(truncated));
    server.enqueue(atom(feed));
    server.enqueue(atom(Fixtures.read("arxiv/cs_CV_page2.atom.xml")));

    CrawlSummary summary = crawl(List.of(), List.of("cs.CL", "cs.CV"), 2);

    assertEquals(new CrawlSummary("papers", 3, 3, 1, 1), summary);
    assertEquals(List.of(
        "/api/query?search_query=cat:cs.CL&start=0&max_results=2&sortBy=submittedDate&sortOrder=descending",
        "/api/query?search_query=cat:cs.CV&start=0&max_results=2&sortBy=submittedDate&sortOrder=descending",
        "/api/query?search_query=cat:cs.CV&start=2&max_results=2&sortBy=submittedDate&sortOrder=descending"), harness.requested());
    assertEquals(List.of("paper:arxiv:2024:2405.07011", "paper:arxiv:2023:2312.00042", "paper:arxiv:2001:cs/0112017"),
        sink.ids());

    DeadLetter letter = sink.deadLetters().get(0);
    assertEquals(server.url(
        "/api/query?search_query=cat:cs.CL&start=0&max_results=2&sortBy=submittedDate&sortOrder=descending").toString(),
        letter.origin());
    assertTrue(letter.reason().startsWith("malformed XML at line "), letter.reason());
    assertEquals(truncated, letter.input());
    assertEquals(Map.of("source", "arxiv", "kind", "paper", "status", "200", "venue", "arxiv:cs.CL"), letter.context());
    assertEquals(Fixtures.NOW, letter.at());
    assertEquals(new PageReport("papers", "arxiv:cs.CL", server.url(
        "/api/query?search_query=cat:cs.CL&start=0&max_results=2&sortBy=submittedDate&sortOrder=descending"), 200, 1, 0, 1, 0),
        pages.get(0));
  }

  @Test
  void cvfListingThenEachPaperPageForItsAbstract() {
    server.enqueue(html(Fixtures.read("cvf/CVPR2023_listing.html")));
    server.enqueue(html(Fixtures.read("cvf/Okafor_paper.html")));
    server.enqueue(html("<html><body>Not Found</body></html>").withHeader("X", "y"));

    CrawlSummary summary = crawl(List.of("cvpr-2023"), List.of(), 100);

    // The second paper's page has no abstract: the paper is still published, without one, and the page dead-lettered.
    assertEquals(new CrawlSummary("papers", 3, 2, 1, 1), summary);
    assertEquals(List.of("/CVPR2023?day=all", "/content/CVPR2023/html/Okafor_Sparse_Voxel_Diffusion_CVPR_2023_paper.html",
        "/content/CVPR2023/html/Chen_Depth_From_Defocus_CVPR_2023_paper.html"), harness.requested());
    assertEquals(List.of("paper:cvpr:2023:Okafor_Sparse_Voxel_Diffusion_CVPR_2023", "paper:cvpr:2023:Chen_Depth_From_Defocus_CVPR_2023"),
        sink.ids());
    Paper okafor = (Paper) sink.records().get(0);
    assertEquals("We train a sparse voxel diffusion model with PyTorch on large outdoor scans. Code is at "
        + "https://github.com/voxlab/svd.", okafor.abstractText());
    assertEquals("https://github.com/voxlab/svd", okafor.links().get("code"));
    assertNull(((Paper) sink.records().get(1)).abstractText());
    DeadLetter letter = sink.deadLetters().get(0);
    assertEquals(server.url("/content/CVPR2023/html/Chen_Depth_From_Defocus_CVPR_2023_paper.html").toString(), letter.origin());
    assertEquals("paper page has no <div id=\"abstract\">", letter.reason());
    assertEquals("<html><body>Not Found</body></html>", letter.input());
  }

  @Test
  void singlePageVenuesGoOnAfterATruncatedListingAndAnErrorStatus() {
    String neurips = Fixtures.read("neurips/2023_listing.html");
    server.enqueue(html(neurips.substring(0, 900)));
    server.enqueue(Response.status(404));
    server.enqueue(html(Fixtures.read("pmlr/v202.html")));
    server.enqueue(new Response(200, Map.of("Content-Type", "application/xml"),
        Fixtures.read("acl/2023.acl.xml").getBytes(StandardCharsets.UTF_8)));

    CrawlSummary summary = crawl(List.of("neurips-2023", "aistats-2023", "icml-2023", "acl-2023"), List.of(), 100);

    // 4 pages; 2 PMLR + 3 ACL records; 2 failed pages; dead letters: those 2 plus the ACL paper without a title.
    assertEquals(new CrawlSummary("papers", 4, 5, 2, 3), summary);
    assertEquals(List.of("/paper_files/paper/2023", "/v206/", "/v202/", "/data/xml/2023.acl.xml"), harness.requested());
    assertEquals(List.of("paper:icml:2023:mensah23a", "paper:icml:2023:ruiz23b", "paper:acl:2023:2023.acl-long.1",
        "paper:acl:2023:2023.acl-long.2", "paper:acl:2023:2023.acl-short.7"), sink.ids());
    List<DeadLetter> letters = sink.deadLetters();
    assertEquals("HTML page is truncated (no closing </html>) after 900 characters", letters.get(0).reason());
    assertEquals(neurips.substring(0, 900), letters.get(0).input());
    assertEquals("neurips", letters.get(0).context().get("source"));
    assertEquals("HTTP 404", letters.get(1).reason());
    assertEquals(Map.of("source", "pmlr", "kind", "paper", "status", "404", "venue", "aistats-2023"), letters.get(1).context());
    assertEquals("field 'title': is required", letters.get(2).reason());
    assertEquals(server.url("/data/xml/2023.acl.xml").toString(), letters.get(2).origin());
    assertEquals(List.of(0, 0, 2, 3), pages.stream().map(PageReport::records).toList());
    assertEquals(List.of(1, 1, 0, 1), pages.stream().map(PageReport::deadLettered).toList());
  }

  private static Response pdf(byte[] bytes) {
    return new Response(200, Map.of("Content-Type", "application/pdf"), bytes);
  }

  @Test
  void fullTextFromEachPdfAndACorruptPdfIsDeadLetteredButItsPaperStillPublished() throws IOException {
    byte[] good = PdfTextTest.pdf();
    server.enqueue(Response.json(200, Fixtures.read("openreview/iclr2024_page1.json")));
    server.enqueue(pdf(good));
    server.enqueue(pdf("%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.US_ASCII)));
    server.enqueue(Response.json(200, Fixtures.read("openreview/iclr2024_page2.json")));

    CrawlSummary summary = crawl(List.of("iclr-2024"), List.of(), 2, 1_000_000);

    // 2 listing pages + 2 PDFs (the third paper has none); the corrupt PDF is one failed page and one dead letter.
    assertEquals(new CrawlSummary("papers", 4, 3, 1, 1), summary);
    assertEquals(List.of("/notes?content.venueid=ICLR.cc/2024/Conference&offset=0&limit=2",
        "/pdf/4f1c3a9b7e2d5c8a0b6e1f3d2c4a5b6e7f8a9b0c.pdf", "/pdf/0000aaaa1111bbbb2222cccc3333dddd4444eeee.pdf",
        "/notes?content.venueid=ICLR.cc/2024/Conference&offset=2&limit=2"), harness.requested());
    assertEquals(List.of("paper:iclr:2024:aB3dE5fG7h", "paper:iclr:2024:Zz9Yy8Xx7W", "paper:iclr:2024:Qq1Ww2Ee3R"), sink.ids());
    List<Paper> papers = sink.records().stream().map(Paper.class::cast).toList();
    assertEquals("Training with PyTorch 2.1\nand JAX on TPUs\nAppendix\n", papers.get(0).text());
    assertNull(papers.get(1).text());
    assertNull(papers.get(2).text());

    DeadLetter letter = sink.deadLetters().get(0);
    assertEquals(server.url("/pdf/0000aaaa1111bbbb2222cccc3333dddd4444eeee.pdf").toString(), letter.origin());
    assertTrue(letter.reason().startsWith("PDF: unreadable PDF: "), letter.reason());
    assertEquals(Map.of("source", "openreview", "kind", "paper", "status", "200", "venue", "iclr-2024"), letter.context());
  }

  @Test
  void aPdfLargerThanTheLimitIsNotReadToTheEndAndIsDeadLettered() throws IOException {
    byte[] good = PdfTextTest.pdf();
    server.enqueue(Response.json(200, Fixtures.read("openreview/iclr2024_page1.json")));
    server.enqueue(pdf(good));
    server.enqueue(Response.status(404));
    server.enqueue(Response.json(200, Fixtures.read("openreview/iclr2024_page2.json")));

    CrawlSummary summary = crawl(List.of("iclr-2024"), List.of(), 2, 100);

    assertEquals(new CrawlSummary("papers", 4, 3, 2, 2), summary);
    assertEquals(List.of("paper:iclr:2024:aB3dE5fG7h", "paper:iclr:2024:Zz9Yy8Xx7W", "paper:iclr:2024:Qq1Ww2Ee3R"), sink.ids());
    sink.records().forEach(r -> assertNull(((Paper) r).text()));
    assertEquals(List.of("PDF: body larger than 100 bytes", "PDF: HTTP 404"),
        sink.deadLetters().stream().map(DeadLetter::reason).toList());
    assertEquals("200", sink.deadLetters().get(0).context().get("status"));
  }

  /** A PDF of {@code pages} pages of 50 lines of 95 characters. */
  private static byte[] longPdf(int pages) {
    List<String> lines = Collections.nCopies(50, "x".repeat(94) + ".");
    return Fixtures.pdf(Standard14Fonts.FontName.COURIER, 6, 8, 20, 760, Collections.nCopies(pages, lines));
  }

  @Test
  void aVeryLongFullTextIsCutSoTheRecordFitsAKafkaMessage() throws IOException {
    server.enqueue(Response.json(200, Fixtures.read("openreview/iclr2024_page2.json").replace(
        "\"venue\":{", "\"pdf\":{\"value\":\"/pdf/long.pdf\"},\"venue\":{").replace("\"count\":3", "\"count\":1")));
    server.enqueue(pdf(longPdf(45)));

    CrawlSummary summary = crawl(List.of("iclr-2024"), List.of(), 2, 10_000_000);

    assertEquals(new CrawlSummary("papers", 2, 1, 0, 0), summary);
    Paper paper = (Paper) sink.records().get(0);
    assertEquals(PdfEnrichment.MAX_TEXT_CHARS, paper.text().length());
    assertTrue(paper.extra().get("text_truncated").booleanValue());
  }

  @Test
  void aFullTextOverTheRecordSizeLimitIsCutToTheLimit() throws IOException {
    server.enqueue(Response.json(200, Fixtures.read("openreview/iclr2024_page2.json").replace(
        "\"venue\":{", "\"pdf\":{\"value\":\"/pdf/long.pdf\"},\"venue\":{").replace("\"count\":3", "\"count\":1")));
    server.enqueue(pdf(longPdf(45)));
    // As a crawl publishes (Sources.crawler): through a FittingSink, to Kafka at kafka.max-record-bytes = 50,000.
    CollectingSink kafka = new CollectingSink(new dev.framewatch.ingest.kafka.RecordSizeLimit(50_000));
    PapersOptions options = new PapersOptions(List.of(VenueTable.resolve("iclr-2024")),
        Fixtures.everyUpstreamAt(server.baseUrl() + "/"), List.of(), 2, 0, 2, true, 10_000_000);
    CrawlSummary summary = new PapersCrawler(harness.context(CrawlerHarness.fetchOptions(2),
        new dev.framewatch.ingest.crawl.FittingSink(kafka, harness.time), dev.framewatch.ingest.state.CrawlState.none()),
        options).crawl(pages::add);

    assertEquals(new CrawlSummary("papers", 2, 1, 0, 0), summary);
    Paper paper = (Paper) kafka.records().get(0);
    assertTrue(paper.text().length() < PdfEnrichment.MAX_TEXT_CHARS, Integer.toString(paper.text().length()));
    assertEquals(50_000, dev.framewatch.ingest.kafka.RecordFit.sizeOf(paper));
    assertTrue(paper.extra().get("text_truncated").booleanValue());
    assertEquals(List.of(), kafka.deadLetters());
  }
}
