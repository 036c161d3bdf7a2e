package dev.framewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON contract of {@code bench --format json} and the command line around it. */
class BenchReportTest {
  @TempDir Path dir;

  @Test
  void shareJsonHasTheIssuesShape() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code = Bench.commandLine().setErr(new java.io.PrintWriter(System.err, true))
          .execute("share", "--docs", "1500", "--runs", "1", "--warmup", "0", "--format", "json", "--dir", dir.toString());
    } finally {
      System.setOut(saved);
    }
    assertEquals(0, code);
    JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    JsonNode comparisons = root.get("comparisons");
    assertEquals(2, comparisons.size());
    assertEquals("share_unfiltered", comparisons.get(0).get("name").asText());
    assertEquals("share_text_filtered", comparisons.get(1).get("name").asText());
    for (JsonNode c : comparisons) {
      assertEquals("duckdb", c.get("peer").asText());
      double fw = c.get("framewatch_ms").asDouble();
      double peer = c.get("peer_ms").asDouble();
      assertTrue(fw > 0 && peer > 0, c.toString());
      assertEquals(fw / peer, c.get("ratio").asDouble(), 0.01 + 0.01 * fw / peer, c.toString());
    }
    assertEquals(Runtime.getRuntime().availableProcessors(), root.get("machine").get("cores").asInt());
    assertTrue(root.get("setup").get("results_identical").asBoolean());
    try (var files = java.nio.file.Files.list(dir)) {
      assertFalse(files.findAny().isPresent(), "the work directory is deleted after the run");
    }
  }

  @Test
  void ingestJsonCarriesThroughputsAndTheirRatio() throws Exception {
    Comparison c = Comparison.throughput("ingest", 1000, 2000, "bare-lucene", 1000, 0.8, null);
    BenchReport report = new BenchReport("ingest", 1000, 1, 0, new Machine(2, 1024, "jdk", "os"), Map.of(), List.of(c));
    JsonNode node = new ObjectMapper().readTree(report.json()).get("comparisons").get(0);
    assertEquals(500, node.get("framewatch_records_per_s").asLong());
    assertEquals(1000, node.get("peer_records_per_s").asLong());
    assertEquals(0.5, node.get("ratio").asDouble(), 1e-9);
    assertEquals("bare-lucene", node.get("peer").asText());
    assertFalse(node.get("target_met").asBoolean());
    assertTrue(report.table().contains("MISSED"));
  }

  @Test
  void badUsageExitsWithTwo() {
    assertEquals(2, Bench.commandLine().setErr(new java.io.PrintWriter(new ByteArrayOutputStream()))
        .execute("share", "--format", "xml"));
  }
}
