package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.papers.openreview.OpenReviewParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenReviewParserTest {
  private static final URI SITE = URI.create("https://openreview.net/");
  private static final PaperContext CTX = Fixtures.ctx("iclr", 2024);

  @Test
  void readsNotesAndTheTotal() throws Exception {
    PaperPage page = OpenReviewParser.parseNotes(Fixtures.read("openreview/iclr2024_page1.json"), SITE, CTX);

    assertEquals(3, page.total());
    assertEquals(List.of(), page.rejected());
    assertEquals(List.of("paper:iclr:2024:aB3dE5fG7h", "paper:iclr:2024:Zz9Yy8Xx7W"), page.papers().stream().map(Paper::id).toList());
    Paper a = page.papers().get(0);
    assertEquals("openreview", a.source());
    assertEquals("iclr", a.venue());
    assertEquals(2024, a.year());
    assertEquals("Diffusion Without Noise Schedules", a.title());
    assertEquals(List.of("Mira Okafor", "Tobias Lindqvist"), a.authors());
    assertEquals(List.of("cs.lund.se"), a.emails());
    assertEquals("We remove the noise schedule. Our JAX code: https://github.com/okafor/nns", a.abstractText());
    assertEquals(Map.of("pdf", "https://openreview.net/pdf/4f1c3a9b7e2d5c8a0b6e1f3d2c4a5b6e7f8a9b0c.pdf",
        "page", "https://openreview.net/forum?id=aB3dE5fG7h", "code", "https://github.com/okafor/nns"), a.links());
    assertEquals("ICLR 2024 poster", a.extra().get("presentation").textValue());
    assertEquals("[\"diffusion\",\"generative models\"]", a.extra().get("keywords").toString());

    Paper b = page.papers().get(1);
    assertEquals("Tokenizer-Free Vision Transformers", b.title());
    assertEquals(List.of("Wei Chen"), b.authors());
    assertEquals(List.of(), b.emails());
    assertEquals("ICLR 2024 oral", b.extra().get("presentation").textValue());
  }

  @Test
  void aCodeFieldWins() throws Exception {
    PaperPage page = OpenReviewParser.parseNotes(Fixtures.read("openreview/iclr2024_page2.json"), SITE, CTX);
    Paper p = page.papers().get(0);
    assertEquals("paper:iclr:2024:Qq1Ww2Ee3R", p.id());
    assertEquals(List.of("Yuki Tanaka", "Priya Raman"), p.authors());
    assertEquals(List.of("iisc.ac.in"), p.emails());
    assertEquals(Map.of("page", "https://openreview.net/forum?id=Qq1Ww2Ee3R", "code", "https://github.com/ytanaka/sparse-again"),
        p.links());
  }

  @Test
  void truncatedOrWrongJsonFails() {
    String full = Fixtures.read("openreview/iclr2024_page1.json");
    MalformedResponseException cut = assertThrows(MalformedResponseException.class,
        () -> OpenReviewParser.parseNotes(full.substring(0, 400), SITE, CTX));
    assertTrue(cut.getMessage().startsWith("not valid JSON: "), cut.getMessage());
    MalformedResponseException shape = assertThrows(MalformedResponseException.class,
        () -> OpenReviewParser.parseNotes("{\"name\":\"ForbiddenError\",\"message\":\"no\"}", SITE, CTX));
    assertEquals("response has no \"notes\" array", shape.getMessage());
  }

  @Test
  void aNoteWithoutIdIsRejected() throws Exception {
    PaperPage page = OpenReviewParser.parseNotes("{\"notes\":[{\"content\":{\"title\":{\"value\":\"T\"}}}],\"count\":1}", SITE, CTX);
    assertEquals(List.of(), page.papers());
    assertEquals("field 'id': the upstream gives no id for this entry", page.rejected().get(0).reason());
  }
}
