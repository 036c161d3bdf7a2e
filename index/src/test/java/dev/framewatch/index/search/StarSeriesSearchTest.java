package dev.framewatch.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.Stars;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.testing.Records;
import dev.framewatch.index.testing.TestIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's star timelines and monitoring figures, read from a real index. */
class StarSeriesSearchTest {
  @TempDir static Path dir;

  private static Stars stars(String repo, String date, long stars, long newStars) {
    return new Stars("stars:" + repo + ":" + date, "github", null, repo, LocalDate.parse(date), stars, newStars, Map.of());
  }

  @BeforeAll
  static void buildIndex() throws Exception {
    TestIndex.write(dir, MethodSet.of(Records.DETECTOR), List.of(
        stars("a/b", "2024-01-03", 15, 5), // written out of date order: the series sorts by date
        stars("a/b", "2024-01-01", 10, 0),
        stars("a/bc", "2024-01-02", 99, 1), // shares a/b's id prefix up to the repo name only
        stars("c/d", "2024-02-01", 7, 7),
        Records.paper("p1", "CVPR", 2019, "PyTorch"),
        Records.paper("p2", "CVPR", 2019, "JAX")),
        Map.of("p1", new Labels("p1", Map.of("domain", new Labels.Label("vision", 0.9, "domain-bow", "1")))));
  }

  @Test
  void repositoriesAreThoseWithSnapshotsSorted() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      assertEquals(List.of("a/b", "a/bc", "c/d"), StarSeriesSearch.repositories(reader));
    }
  }

  @Test
  void seriesAreByDateWithDaysSinceTheFirstSnapshot() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      assertEquals(List.of(
          new StarSeries("a/b", List.of(new StarSeries.Point(LocalDate.of(2024, 1, 1), 0, 10, 0),
              new StarSeries.Point(LocalDate.of(2024, 1, 3), 2, 15, 5))),
          new StarSeries("x/y", List.of())),
          StarSeriesSearch.read(reader, List.of("a/b", "x/y"), null));
      assertEquals(List.of(new StarSeries("a/b", List.of(new StarSeries.Point(LocalDate.of(2024, 1, 3), 2, 15, 5)))),
          StarSeriesSearch.read(reader, List.of("a/b"), LocalDate.of(2024, 1, 2)), "days still count from the first one");
    }
  }

  @Test
  void labelledDocumentsPerTaskAndTheCommitsName() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      assertEquals(Map.of("domain", 1L, "usage", 0L),
          IndexMetricsSearch.labelledDocuments(reader, List.of("domain", "usage")));
      assertEquals(dir.getFileName() + "@" + reader.getVersion(), IndexMetricsSearch.commitName(reader));
    }
  }
}
