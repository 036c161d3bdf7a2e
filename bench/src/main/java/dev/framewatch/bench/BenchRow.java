package dev.framewatch.bench;

import dev.framewatch.core.record.Paper;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One generated paper as both engines see it: the frameworks it was written to name (the detector must find exactly these) and
 * its abstract, which is the whole of its {@code text} field in the index and the {@code text} column in DuckDB.
 */
public record BenchRow(String id, String venue, int year, List<String> frameworks, String abstractText) {
  static final Instant FETCHED_AT = Instant.parse("2025-01-01T00:00:00Z");

  public BenchRow {
    frameworks = List.copyOf(frameworks);
  }

  /** The record framewatch ingests; the title names no framework, so only the abstract decides. */
  public Paper toPaper() {
    return new Paper(id, "bench", FETCHED_AT, "Paper " + id, venue, year, List.of(), List.of(), List.of(), abstractText, null,
        Map.of(), Map.of());
  }
}
