package dev.framewatch.demosite.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Paper;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoCrawl;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.testing.CollectingSink;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The papers crawler against the demo site: CVF, OpenReview, ACL, arXiv and every PDF. */
class DemoPapersTest {
  private static DemoCorpus corpus;

  @BeforeAll
  static void generate() {
    corpus = DemoCorpus.standard();
  }

  @Test
  void everyPaperOnceWithItsFullTextDespiteTheScriptedFailures() {
    CollectingSink sink = new CollectingSink();
    // The 429 (OpenReview) and the 500 (arXiv), each retried once.
    CrawlSummary summary = DemoCrawl.retryingEach(corpus, "papers", sink, 2);

    List<DemoPaper> papers = corpus.papers();
    assertEquals(480, papers.size());
    Set<String> expected = papers.stream().map(DemoPaper::expectedId).collect(Collectors.toCollection(LinkedHashSet::new));
    assertEquals(480, expected.size(), "cross-listed arXiv papers are one paper");
    // Listings: 5 CVF + 100 CVF paper pages + 10 OpenReview pages + 5 ACL + 3 + 3 arXiv; then one PDF per paper.
    assertEquals(new CrawlSummary("papers", 126 + 480, 480, 2, 2), summary);
    assertEquals(expected, new LinkedHashSet<>(sink.ids()));
    assertEquals(480, sink.records().size());

    Map<String, Paper> byId = sink.records().stream().map(Paper.class::cast)
        .collect(Collectors.toMap(EvidenceRecord::id, Function.identity()));
    int withText = 0;
    for (DemoPaper p : papers) {
      Paper got = byId.get(p.expectedId());
      assertEquals(p.title(), got.title());
      assertEquals(p.year(), got.year());
      if (p.fault() == DemoPaper.Fault.TRUNCATED_PAGE) {
        assertNull(got.abstractText());
      } else {
        assertEquals(p.abstractText(), got.abstractText(), p.expectedId());
      }
      if (!p.expectText()) {
        assertNull(got.text());
        continue;
      }
      withText++;
      assertNotNull(got.text(), p.expectedId());
      for (String fw : p.frameworks()) {
        assertTrue(got.text().contains(fw), p.expectedId() + " names " + fw + " in its full text");
        assertFalse(got.abstractText() != null && got.abstractText().contains(fw), "never in the abstract");
      }
    }
    assertEquals(479, withText);

    List<DeadLetter> letters = sink.deadLetters();
    assertEquals(2, letters.size());
    assertTrue(letters.get(0).origin().contains("/content/CVPR2021/html/"), letters.get(0).origin());
    assertTrue(letters.get(0).reason().startsWith("HTML page is truncated"), letters.get(0).reason());
    assertTrue(letters.get(1).origin().endsWith("/pdf/2022.acl-long.6.pdf"), letters.get(1).origin());
    assertTrue(letters.get(1).reason().startsWith("PDF: unreadable PDF"), letters.get(1).reason());
    assertEquals("acl-2022", letters.get(1).context().get("venue"));
  }

  @Test
  void theStoryIsInTheFullTexts() {
    // PyTorch rises, TensorFlow falls, JAX appears: early and late shares of papers naming each.
    assertTrue(share(2017, 2019, "PyTorch") < 0.3 && share(2024, 2026, "PyTorch") > 0.45,
        share(2017, 2019, "PyTorch") + " -> " + share(2024, 2026, "PyTorch"));
    assertTrue(share(2017, 2019, "TensorFlow") > 0.25 && share(2024, 2026, "TensorFlow") < 0.12);
    assertEquals(0.0, share(2017, 2018, "JAX"));
    assertTrue(share(2024, 2026, "JAX") > 0.03);
    assertEquals(corpus.papers(), DemoCorpus.standard().papers(), "deterministic");
  }

  private static double share(int from, int to, String framework) {
    List<DemoPaper> in = corpus.papers().stream().filter(p -> p.year() >= from && p.year() <= to).toList();
    return in.stream().filter(p -> p.frameworks().contains(framework)).count() / (double) in.size();
  }
}
