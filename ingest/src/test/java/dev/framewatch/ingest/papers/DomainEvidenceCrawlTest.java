package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The evidence the weak domain labels read, crawled from a local server in the real formats: NeurIPS read from OpenReview
 * ({@code neurips-2024@openreview}), whose API v2 notes carry {@code content.primary_area.value} and keywords, and the arXiv
 * categories added to the default crawl, whose entries carry a primary category, comment and journal reference.
 */
class DomainEvidenceCrawlTest {
  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(Fixtures.NOW);
  private final ScriptedServer server = harness.server;
  private final CollectingSink sink = harness.sink;

  private CrawlSummary crawl(List<String> venues, List<String> categories, int pageSize) {
    PapersOptions options = new PapersOptions(venues.stream().map(VenueTable::resolve).toList(),
        Fixtures.everyUpstreamAt(server.baseUrl() + "/"), categories, pageSize, 0, pageSize, true, 0);
    return new PapersCrawler(harness.context(2), options).crawl(p -> { });
  }

  private Paper paper(int i) {
    return (Paper) sink.records().get(i);
  }

  @Test
  void neuripsFromOpenReviewKeepsEachNotesPrimaryAreaAndKeywords() {
    server.enqueue(Response.json(200, Fixtures.read("openreview/neurips2024_page1.json")));

    assertEquals(new CrawlSummary("papers", 1, 3, 0, 0), crawl(List.of("neurips-2024@openreview"), List.of(), 1000));

    assertEquals(List.of("/notes?content.venueid=NeurIPS.cc/2024/Conference&offset=0&limit=1000"), harness.requested());
    assertEquals(List.of("paper:neurips:2024:sP3ech0001", "paper:neurips:2024:rObot00002", "paper:neurips:2024:dIffus0003"),
        sink.ids());
    assertEquals("neurips", paper(0).venue());
    assertEquals("speech_and_audio", paper(0).extra().get("primary_area").textValue());
    assertEquals("[\"speech recognition\",\"state space models\"]", paper(0).extra().get("keywords").toString());
    assertEquals("reinforcement_learning", paper(1).extra().get("primary_area").textValue());
    assertEquals("diffusion_based_models", paper(2).extra().get("primary_area").textValue());
    assertEquals("NeurIPS.cc/2024/Conference", paper(2).extra().get("venueid").textValue());
  }

  @Test
  void arxivSpeechAndRoboticsCategoriesKeepTheirPrimaryCategoryAndComment() {
    server.enqueue(new Response(200, Map.of("Content-Type", "application/atom+xml; charset=utf-8"),
        Fixtures.read("arxiv/cs_SD_page1.atom.xml").getBytes(StandardCharsets.UTF_8)));

    assertEquals(new CrawlSummary("papers", 1, 2, 0, 0), crawl(List.of(), List.of("cs.SD"), 2));

    assertEquals(List.of(
        "/api/query?search_query=cat:cs.SD&start=0&max_results=2&sortBy=submittedDate&sortOrder=descending"),
        harness.requested());
    assertEquals(List.of("paper:arxiv:2024:2409.11111", "paper:arxiv:2024:2409.22222"), sink.ids());
    assertEquals("cs.SD", paper(0).extra().get("primary_category").textValue());
    assertEquals("[\"cs.SD\",\"eess.AS\"]", paper(0).extra().get("categories").toString());
    assertEquals("Submitted to ICASSP 2025", paper(0).extra().get("comment").textValue());
    assertEquals("cs.RO", paper(1).extra().get("primary_category").textValue());
    assertEquals("Accepted to ICRA 2025, 8 pages", paper(1).extra().get("comment").textValue());
    assertEquals("Proc. IEEE ICRA 2025", paper(1).extra().get("journal_ref").textValue());
  }
}
