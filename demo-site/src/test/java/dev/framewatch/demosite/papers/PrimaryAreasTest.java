package dev.framewatch.demosite.papers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.record.Paper;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.ingest.papers.PaperContext;
import dev.framewatch.ingest.papers.PaperPage;
import dev.framewatch.ingest.papers.openreview.OpenReviewParser;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Primary areas and keywords on the OpenReview notes of the scaled site, in API v2's format, read back by the real parser;
 * none on the demo's notes (its weak labels and numbers must not change).
 */
class PrimaryAreasTest {
  private final List<DemoPaper> iclr = DemoCorpus.standard().papers().stream()
      .filter(p -> p.site() == DemoPaper.Site.OPENREVIEW).toList();

  private static Paper parse(ObjectNode note, int year) throws Exception {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putArray("notes").add(note);
    body.put("count", 1);
    PaperPage page = OpenReviewParser.parseNotes(body.toString(), URI.create("https://openreview.net"),
        new PaperContext("iclr", year, Instant.parse("2026-12-04T00:00:00Z")));
    return page.papers().get(0);
  }

  @Test
  void theDemosNotesCarryNoTopics() {
    for (DemoPaper p : iclr) {
      ObjectNode content = (ObjectNode) OpenReviewEndpoint.note(p, false).get("content");
      assertFalse(content.has("primary_area") || content.has("keywords"), p.sourceId());
    }
  }

  @Test
  void scaledNotesCarryTheAreaOfTheirTopicFrom2024AndKeywordsAlways() throws Exception {
    Map<String, Integer> areas2024 = new TreeMap<>();
    for (DemoPaper p : iclr) {
      ObjectNode note = OpenReviewEndpoint.note(p, true);
      ObjectNode content = (ObjectNode) note.get("content");
      assertTrue(content.at("/keywords/value").isArray(), p.title());
      Paper parsed = parse(note, p.year());
      if (p.year() >= 2024) {
        String area = content.at("/primary_area/value").textValue();
        assertEquals(area, parsed.extra().get("primary_area").textValue());
        areas2024.merge(area, 1, Integer::sum);
        if (p.title().contains(" for Reinforcement Learning")) {
          assertEquals("reinforcement learning", area, p.title());
          assertEquals("[\"reinforcement learning\"]", parsed.extra().get("keywords").toString());
        }
      } else {
        assertFalse(content.has("primary_area"), "ICLR notes before 2024 have no primary area");
      }
    }
    // The demo corpus's ICLR 2024 and 2026 papers (36 each), by area.
    assertEquals(72, areas2024.values().stream().mapToInt(Integer::intValue).sum());
    assertEquals("{general machine learning (i.e., none of the above)=25, learning on time series and dynamical systems=8, "
        + "probabilistic methods (Bayesian methods, variational inference, sampling, UQ, etc.)=13, reinforcement learning=10, "
        + "transfer learning, meta learning, and lifelong learning=16}", areas2024.toString());
  }

  @Test
  void eachLearningTaskHasARealIclrArea() {
    assertEquals("reinforcement learning", PrimaryAreas.of("Sparse Transformers for Reinforcement Learning"));
    assertEquals("learning on time series and dynamical systems", PrimaryAreas.of("Fast Flows for Time Series Forecasting"));
    assertEquals(PrimaryAreas.GENERAL, PrimaryAreas.of("Deep Nets for Tabular Data"));
    assertEquals("transfer learning, meta learning, and lifelong learning", PrimaryAreas.of("X for Few-Shot Learning 3"));
    assertEquals(PrimaryAreas.GENERAL, PrimaryAreas.of("An untitled paper"));
  }
}
