package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.papers.arxiv.ArxivAtomParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArxivAtomParserTest {
  private static final PaperContext CTX = Fixtures.ctx("arxiv", null);

  @Test
  void readsEveryEntryOfAPage() throws Exception {
    PaperPage page = ArxivAtomParser.parse(Fixtures.read("arxiv/cs_CV_page1.atom.xml"), CTX);

    assertEquals(3, page.total());
    assertEquals(List.of(), page.rejected());
    assertEquals(List.of("paper:arxiv:2024:2405.07011", "paper:arxiv:2023:2312.00042"),
        page.papers().stream().map(Paper::id).toList());

    Paper a = page.papers().get(0);
    assertEquals("arxiv", a.source());
    assertEquals("arxiv", a.venue());
    assertEquals(2024, a.year());
    assertEquals(Fixtures.NOW, a.fetchedAt());
    assertEquals("Sparse Voxel Diffusion for Large Outdoor Scenes", a.title());
    assertEquals(List.of("Mira Okafor", "Tobias Lindqvist"), a.authors());
    assertEquals(List.of("University of Lagos"), a.affiliations());
    assertEquals("We train a sparse voxel diffusion model in PyTorch on large outdoor scans. Code: "
        + "https://github.com/voxlab/svd.", a.abstractText());
    assertEquals(Map.of("pdf", "http://arxiv.org/pdf/2405.07011v2", "page", "http://arxiv.org/abs/2405.07011v2",
        "code", "https://github.com/voxlab/svd"), a.links());
    assertEquals("2405.07011", a.extra().get("arxiv_id").textValue());
    assertEquals(2, a.extra().get("arxiv_version").intValue());
    assertEquals("cs.CV", a.extra().get("primary_category").textValue());
    assertEquals("[\"cs.CV\",\"cs.LG\"]", a.extra().get("categories").toString());
    assertEquals("CVPR 2024 workshop; 9 pages", a.extra().get("comment").textValue());
    assertEquals("2024-05-11T09:30:00Z", a.extra().get("published").textValue());
    assertNull(a.text());

    // Published on New Year's Eve: the year is the UTC year of <published>.
    Paper b = page.papers().get(1);
    assertEquals(2023, b.year());
    assertEquals("A JAX Baseline for Video Tokenizers", b.title());
    assertEquals(List.of("Ana Ruiz"), b.authors());
    assertEquals(List.of(), b.affiliations());
    assertEquals(Map.of("pdf", "http://arxiv.org/pdf/2312.00042v1", "page", "http://arxiv.org/abs/2312.00042v1"), b.links());
    assertEquals("10.1000/xyz123", b.extra().get("doi").textValue());
    assertEquals("J. Vid. Tok. 1 (2024) 1-10", b.extra().get("journal_ref").textValue());

    for (Paper p : page.papers()) {
      assertEquals(p, RecordCodec.decode(RecordCodec.encode(p)));
    }
  }

  @Test
  void keepsOldStyleIdentifiers() throws Exception {
    PaperPage page = ArxivAtomParser.parse(Fixtures.read("arxiv/cs_CV_page2.atom.xml"), CTX);
    assertEquals(1, page.papers().size());
    Paper p = page.papers().get(0);
    assertEquals("paper:arxiv:2001:cs/0112017", p.id());
    assertEquals("Old-Style Identifiers in Vision", p.title());
    assertEquals(List.of("R. Example"), p.authors());
    assertEquals("http://arxiv.org/pdf/cs/0112017v1", p.links().get("pdf"));
  }

  @Test
  void anApiErrorFeedIsAParseFailure() {
    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> ArxivAtomParser.parse(Fixtures.read("arxiv/error.atom.xml"), CTX));
    assertEquals("arXiv API error: max_results must be non-negative", e.getMessage());
  }

  @Test
  void aTruncatedFeedIsAParseFailure() {
    String full = Fixtures.read("arxiv/cs_CV_page1.atom.xml");
    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> ArxivAtomParser.parse(full.substring(0, full.indexOf("</entry>") + 3), CTX));
    assertTrue(e.getMessage().startsWith("malformed XML at line "), e.getMessage());
  }

  @Test
  void htmlIsNotAFeed() {
    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> ArxivAtomParser.parse("<html><body>Service Unavailable</body></html>", CTX));
    assertEquals("not an Atom feed: root element is <html>", e.getMessage());
  }
}
