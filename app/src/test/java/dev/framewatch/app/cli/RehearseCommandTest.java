package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.app.Framewatch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rehearse}'s usage errors, found before anything starts, and its report's arithmetic. */
class RehearseCommandTest {
  @TempDir Path dir;

  private String usage(String... args) {
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(Framewatch.EXIT_USAGE, code, err.toString());
    return err.toString();
  }

  @Test
  void aScaleIsFullOrAFractionAndTheFormatTableOrJson() {
    String data = dir.toString();
    assertTrue(usage("rehearse", "--scale", "2", "--data-dir", data).contains("--scale: scale must be above 0 and at most 1"));
    assertTrue(usage("rehearse", "--scale", "big", "--data-dir", data).contains("full or a fraction such as 0.01"));
    assertTrue(usage("rehearse", "--scale", "0.01", "--format", "csv", "--data-dir", data).contains("table or json"));
    assertTrue(usage("rehearse", "--scale", "0.01", "--runs", "1", "--data-dir", data).contains("at least 2"));
  }

  @Test
  void theReportRatesDocumentsOverTheTimedStagesAndSizesPerMillion() {
    RehearsalReport r = new RehearsalReport("0.5", "d", List.of(
        new RehearsalReport.Stage("start site", 0, 7, 1, ""),
        new RehearsalReport.Stage("crawl papers", 600, 2, 1, ""),
        new RehearsalReport.Stage("index", 600, 3, 1, ""),
        new RehearsalReport.Stage("classify", 100, 5, 1, ""),
        new RehearsalReport.Stage("queries", 84, 9, 1, "")), List.of(), 500, 500, 250_000, 1, 1, 1, 0);
    assertEquals(50.0, r.documentsPerSecond(), 1e-9); // 500 documents over 2 + 3 + 5 s
    assertEquals(100.0, r.documentsPerSecondWithoutClassify(), 1e-9);
    assertEquals(500_000_000.0, r.indexBytesPerMillionDocuments(), 1e-6);
    assertTrue(r.countsAgree());
    assertTrue(r.table().contains("500 indexed, 500 expected from the site's corpus, lag 0: agree"), r.table());
    assertTrue(!new RehearsalReport("0.5", "d", List.of(), List.of(), 500, 499, 1, 1, 1, 1, 0).countsAgree());
  }
}
