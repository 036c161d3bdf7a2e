package dev.framewatch.ingest.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.papers.acl.AclAnthologyParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AclAnthologyParserTest {
  private static final PaperContext CTX = Fixtures.ctx("acl", 2023);

  @Test
  void readsEveryPaperOfEveryVolume() throws Exception {
    PaperPage page = AclAnthologyParser.parse(Fixtures.read("acl/2023.acl.xml"), CTX);

    assertEquals(PaperPage.UNPAGED, page.total());
    assertEquals(List.of("paper:acl:2023:2023.acl-long.1", "paper:acl:2023:2023.acl-long.2", "paper:acl:2023:2023.acl-short.7"),
        page.papers().stream().map(Paper::id).toList());
    assertEquals(List.of("Probing Transformer Layers for Morphology", "Low-Resource MT with Keras", "Tokenizers Matter"),
        page.papers().stream().map(Paper::title).toList());

    Paper p1 = page.papers().get(0);
    assertEquals("acl-anthology", p1.source());
    assertEquals("acl", p1.venue());
    assertEquals(2023, p1.year());
    assertEquals(List.of("Lena Hofmann", "Kwame Mensah"), p1.authors());
    assertEquals(List.of("Saarland University"), p1.affiliations());
    assertEquals("We probe BERT layers. Our code is at https://github.com/lhofmann/morph-probe.", p1.abstractText());
    assertEquals(Map.of("pdf", "https://aclanthology.org/2023.acl-long.1.pdf", "page", "https://aclanthology.org/2023.acl-long.1/",
        "code", "https://github.com/lhofmann/morph-probe"), p1.links());
    assertEquals("long", p1.extra().get("volume").textValue());
    assertEquals("10.18653/v1/2023.acl-long.1", p1.extra().get("doi").textValue());
    assertTrue(p1.extra().get("booktitle").textValue().endsWith("(Volume 1: Long Papers)"));

    Paper p2 = page.papers().get(1);
    assertEquals(List.of("Sukarno"), p2.authors()); // a single name has only <last>
    assertEquals(null, p2.abstractText());

    Paper p7 = page.papers().get(2);
    assertEquals(List.of("Yuki Tanaka", "Priya Raman"), p7.authors());
    assertEquals("https://aclanthology.org/2023.acl-short.7.pdf", p7.links().get("pdf"));

    assertEquals(1, page.rejected().size());
    assertEquals("field 'title': is required", page.rejected().get(0).reason());
    assertTrue(page.rejected().get(0).input().startsWith("<paper id=\"8\">"), page.rejected().get(0).input());
  }

  @Test
  void aTruncatedCollectionIsAParseFailure() {
    String full = Fixtures.read("acl/2023.acl.xml");
    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> AclAnthologyParser.parse(full.substring(0, full.indexOf("<paper id=\"7\">")), CTX));
    assertTrue(e.getMessage().startsWith("malformed XML at line "), e.getMessage());
  }

  @Test
  void anotherXmlDocumentIsAParseFailure() {
    MalformedResponseException e = assertThrows(MalformedResponseException.class,
        () -> AclAnthologyParser.parse("<?xml version='1.0'?><Error><Code>NoSuchKey</Code></Error>", CTX));
    assertEquals("not an ACL Anthology collection: root element is <Error>", e.getMessage());
  }
}
