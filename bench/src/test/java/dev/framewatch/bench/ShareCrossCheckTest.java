package dev.framewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real cross-check of framewatch's counting engine: the same generated rows indexed with DocumentBuilder (detector included)
 * and loaded into DuckDB must give identical (venue, year, framework) cells, with and without the full-text filter.
 */
class ShareCrossCheckTest {
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir Path dir;

  @Test
  void framewatchAndDuckDbCountTheSameCells() throws Exception {
    try (ShareBenchmark.Loaded loaded = new ShareBenchmark(3_000, 1, 0, QUIET).load(dir)) {
      assertEquals(3_000, loaded.framewatch.documents());
      assertEquals(3_000, loaded.duckdb.size());
      for (boolean filtered : new boolean[] {false, true}) {
        List<CountRow> fw = loaded.framewatchRows(filtered);
        List<CountRow> duck = loaded.duckdbRows(filtered);
        assertEquals(List.of(), RowComparison.differences(fw, duck, 20), filtered ? "text-filtered" : "unfiltered");
        assertTrue(fw.size() > (filtered ? 5 : 500), "too few cells to mean anything: " + fw.size());
      }
      // Every framework and venue shows up, and documents naming several frameworks are counted for each.
      List<CountRow> all = loaded.framewatchRows(false);
      assertEquals(Set.of(RowGenerator.FRAMEWORKS), all.stream().map(CountRow::framework).collect(Collectors.toSet()));
      assertEquals(Set.of(RowGenerator.VENUES), all.stream().map(CountRow::venue).collect(Collectors.toSet()));
      long documents = all.stream().collect(Collectors.toMap(r -> r.venue() + r.year(), CountRow::documents, (a, b) -> a))
          .values().stream().mapToLong(Long::longValue).sum();
      long mentions = all.stream().mapToLong(CountRow::count).sum();
      long any = all.stream().collect(Collectors.toMap(r -> r.venue() + r.year(), CountRow::documentsAnyFramework,
          (a, b) -> a)).values().stream().mapToLong(Long::longValue).sum();
      assertEquals(3_000, documents);
      assertTrue(mentions > any, "some documents name several frameworks");
    }
  }

  @Test
  void aDisagreementIsReported() {
    CountRow a = new CountRow("cvpr", "2019", "pytorch", 3, 10, 5);
    CountRow b = new CountRow("cvpr", "2019", "pytorch", 4, 10, 5);
    CountRow c = new CountRow("icml", "2019", "jax", 1, 2, 1);
    assertEquals(List.of(), RowComparison.differences(List.of(a, c), List.of(c, a), 10));
    assertEquals(List.of("framewatch " + a + " vs peer " + b, "only in framewatch: " + c),
        RowComparison.differences(List.of(a, c), List.of(b), 10));
  }

  @Test
  void rowsAreDeterministic() {
    List<BenchRow> first = new java.util.ArrayList<>();
    List<BenchRow> second = new java.util.ArrayList<>();
    new RowGenerator().generate(500, first::add);
    new RowGenerator().generate(500, second::add);
    assertEquals(first, second);
  }
}
