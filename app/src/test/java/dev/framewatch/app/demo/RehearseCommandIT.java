package dev.framewatch.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.app.Framewatch;
import dev.framewatch.core.json.Json;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.scale.Scale;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framewatch rehearse --scale 0.001}: the scaled site crawled, indexed, classified and queried end to end in this
 * JVM, and the documents indexed exactly what the site's corpus says it served less what it scripts to be dead-lettered.
 */
class RehearseCommandIT {
  @TempDir Path dir;

  @Test
  void aTinyRehearsalRunsEveryStageAndIndexesExactlyTheSitesCorpus() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(new String[] {"rehearse", "--scale", "0.001", "--runs", "3", "--format", "json",
        "--data-dir", dir.resolve("data").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, out + "\n--- stderr\n" + err);
    JsonNode report = Json.mapper().readTree(out.toString());

    List<String> stages = new ArrayList<>();
    report.path("stages").forEach(s -> stages.add(s.path("name").asText()));
    assertEquals(List.of("start site", "crawl papers", "crawl jobs", "crawl github", "crawl huggingface", "index", "classify",
        "queries"), stages);
    // 2,000 models; 12 venue papers and 5 x 100 preprints; the demo's 253 job postings besides HN and 613 in its one monthly
    // HN thread (a thousandth of 150, at least one: June 2026's, of real size); 7 repositories.
    assertEquals(2_000, stage(report, "crawl huggingface").path("records").asLong());
    assertEquals(512, stage(report, "crawl papers").path("records").asLong());
    assertEquals(253 + 613, stage(report, "crawl jobs").path("records").asLong());
    assertEquals(3_385, DemoCorpus.scaled(DemoCorpus.DEFAULT_SEED, new Scale(0.001))
        .expectedDocuments(0));
    assertEquals(3_385, report.path("documentsExpected").asLong(), out.toString());
    assertEquals(3_385, report.path("documentsIndexed").asLong(), out.toString());
    assertEquals(0, report.path("lag").asLong());
    assertTrue(report.path("countsAgree").asBoolean());

    assertEquals(List.of("share --by venue,year", "share --by kind --where text:pytorch", "GET /api/share?by=venue,year",
        "GET /chart/papers.svg"), names(report.path("queries")));
    for (JsonNode q : report.path("queries")) {
      assertEquals(3, q.path("runs").asInt());
      assertTrue(q.path("firstMs").asDouble() > 0 && q.path("medianMs").asDouble() > 0, q.toString());
    }
    assertTrue(report.path("indexBytes").asLong() > 0);
    assertEquals(Math.round(report.path("indexBytes").asLong() * 1e6 / 3_385),
        report.path("indexBytesPerMillionDocuments").asLong());
    assertTrue(report.path("peakHeapBytes").asLong() > 0);
    double timed = 0;
    for (JsonNode s : report.path("stages")) {
      timed += s.path("name").asText().matches("crawl .*|index|classify") ? s.path("seconds").asDouble() : 0;
    }
    assertEquals(3_385 / timed, report.path("documentsPerSecond").asDouble(), 3_385 / timed * 0.02 + 0.1);
    // Progress per stage goes to stderr, the report alone to stdout.
    assertTrue(err.toString().contains("rehearsal at scale 0.001"), err.toString());
  }

  @Test
  void withoutTheClassifierTheCountsAgreeAllTheSame() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(new String[] {"rehearse", "--scale", "0.001", "--no-classify", "--runs", "2", "--format",
        "json", "--data-dir", dir.resolve("plain").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, out + "\n--- stderr\n" + err);
    JsonNode report = Json.mapper().readTree(out.toString());
    List<String> stages = new ArrayList<>();
    report.path("stages").forEach(s -> stages.add(s.path("name").asText()));
    assertEquals(List.of("start site", "crawl papers", "crawl jobs", "crawl github", "crawl huggingface", "index", "queries"),
        stages);
    assertEquals(3_385, report.path("documentsIndexed").asLong(), out.toString());
    assertEquals(report.path("documentsPerSecond").asDouble(), report.path("documentsPerSecondWithoutClassify").asDouble());
  }

  private static JsonNode stage(JsonNode report, String name) {
    for (JsonNode s : report.path("stages")) {
      if (s.path("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no stage " + name + " in " + report);
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path("name").asText()));
    return out;
  }
}
