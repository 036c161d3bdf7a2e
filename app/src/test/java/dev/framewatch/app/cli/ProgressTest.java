package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two forms of a progress line, on a clock the test moves. */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong now = new AtomicLong(42 * SECOND);
  private final StringWriter err = new StringWriter();

  private Progress progress(String label, String unit, long total, boolean terminal) {
    return new Progress(label, unit, total, new PrintWriter(err, true), terminal, now::get);
  }

  private void at(long seconds) {
    now.set((42 + seconds) * SECOND);
  }

  @Test
  void notOnATerminalPlainLinesEveryFiveSecondsWithTotalAndEtaThenTheOutcome() {
    try (Progress p = progress("import", "lines", 5_000, false)) {
      at(1);
      p.advanceTo(1_000); // under five seconds since the start: nothing yet
      at(5);
      p.advanceTo(1_250);
      at(6);
      p.advanceTo(1_500); // one second since the last line
      at(20);
      p.advanceTo(5_000);
    }
    assertEquals("""
        import: 1,250/5,000 lines (25%), 250 lines/s, ETA 0:15
        import: 5,000/5,000 lines (100%), 250 lines/s, ETA 0:00
        import: 5,000 lines in 0:20, 250 lines/s
        """, err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void notOnATerminalWithoutTotalJustCountAndRate() {
    Progress p = progress("papers", "records", 0, false);
    at(10);
    p.advanceTo(30);
    at(12);
    p.close();
    p.close(); // once only
    assertEquals("papers: 30 records, 3 records/s\npapers: 30 records in 0:12, 3 records/s\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void onATerminalOneLineRedrawnInPlace() {
    Progress p = progress("reindex", "records", 0, true);
    p.total(5_000); // known once the indexer has asked Kafka for the end offsets
    at(1);
    p.advanceTo(1_000);
    at(2);
    p.close();
    String bar = "reindex    [######                        ]  20% 1,000/5,000 records, 1,000 records/s, ETA 0:04";
    String done = "reindex: 1,000 records in 0:02, 500 records/s";
    assertEquals("\r" + bar + "\r" + done + " ".repeat(bar.length() - done.length()) + System.lineSeparator(),
        err.toString());
  }

  @Test
  void durationsReadAsClockTimes() {
    assertEquals("0:04", Progress.duration(4.4));
    assertEquals("12:30", Progress.duration(750));
    assertEquals("1:02:03", Progress.duration(3723));
  }

  @Test
  void linesCountedAsTheImporterCountsThem(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("f.jsonl");
    for (String[] c : new String[][] {{"", "0"}, {"{}\n{}\n", "2"}, {"{}\n{}", "2"}, {"{}\n\n{}\n", "3"}}) {
      Files.writeString(f, c[0], StandardCharsets.UTF_8);
      assertEquals(Long.parseLong(c[1]), LineCount.of(f), c[0]);
    }
  }
}
