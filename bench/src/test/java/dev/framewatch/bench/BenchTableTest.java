package dev.framewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The people's rendering of a benchmark: columns as wide as their contents, never narrower than they always were. */
class BenchTableTest {
  static final Machine MACHINE = new Machine(2, 1024, "17.0.15", "Linux amd64");

  @Test
  void queryTableFitsItsTargetMarks() {
    BenchReport report = new BenchReport("share", 1_000_000, 5, 1, MACHINE, Map.of("results_identical", true), List.of(
        Comparison.query("share_unfiltered", 120.5, "duckdb", 240.25, 1.0, null),
        Comparison.query("share_text_filtered", 30, "duckdb", 10, 0.2, "text:pytorch")));
    assertEquals("""
        bench share: 1,000,000 documents, median of 5 runs after 1 warmup
        machine: 2 cores, max heap 1024 MB, 17.0.15, Linux amd64
        name                   framewatch_ms     peer_ms   ratio  target              peer
        share_unfiltered              120.50      240.25   0.502  ratio <= 1.0 ok     duckdb
        share_text_filtered            30.00       10.00   3.000  ratio <= 0.2 MISSED duckdb
          share_text_filtered: text:pytorch
          results_identical: true
        """, report.table());
  }

  @Test
  void throughputTableWidensForItsLongestCell() {
    BenchReport report = new BenchReport("ingest", 1000, 1, 0, MACHINE, Map.of(), List.of(
        Comparison.throughput("ingest", 1000, 2000, "bare-lucene", 1000, 0.8, null)));
    assertEquals("""
        bench ingest: 1,000 documents, median of 1 runs after 0 warmup
        machine: 2 cores, max heap 1024 MB, 17.0.15, Linux amd64
        name                   framewatch_ms framewatch_rec/s       peer_ms      peer_rec/s   ratio  target              peer
        ingest                        2000.0              500        1000.0            1000   0.500  ratio >= 0.8 MISSED bare-lucene
        """, report.table());
  }
}
