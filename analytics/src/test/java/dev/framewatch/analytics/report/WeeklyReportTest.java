package dev.framewatch.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report over a real index: jobs in ISO weeks 2026-W46 (PyTorch 2 of 4) and 2026-W47 (PyTorch 8 of 10), two papers, one with a
 * hostile title and venue. The movers, the freshness and the escaping are pinned.
 */
class WeeklyReportTest {
  @TempDir static Path index;
  @TempDir static Path out;
  static WeeklyReport report;

  @BeforeAll
  static void build() throws Exception {
    List<EvidenceRecord> records = new ArrayList<>();
    LocalDate w46 = LocalDate.of(2026, 11, 10);
    LocalDate w47 = LocalDate.of(2026, 11, 17);
    for (int i = 0; i < 4; i++) {
      records.add(job("a" + i, w46, i < 2 ? "PyTorch" : "TensorFlow"));
    }
    for (int i = 0; i < 10; i++) {
      records.add(job("b" + i, w47, i < 8 ? "PyTorch" : "TensorFlow"));
    }
    records.add(new Paper("p1", "test", null, "<script>window.__xss=1</script>", "<img src=x onerror=alert(1)>", 2026,
        List.of(), List.of(), List.of(), "We use JAX.", null, null, null));
    records.add(new Paper("p2", "test", null, "Plain", "CVPR", 2025, List.of(), List.of(), List.of(), "PyTorch", null, null,
        null));
    records.add(model("m1", List.of("pytorch")));
    records.add(model("m2", List.of("pytorch", "safetensors")));
    records.add(model("m3", List.of("pytorch", "tf")));
    DocumentBuilder builder = new DocumentBuilder(new FrameworkDetector(MethodLoader.load("default")), Vocabulary.standard());
    try (FSDirectory d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (EvidenceRecord r : records) {
        w.updateDocument(new Term(IndexSchema.ID, r.id()), builder.build(r));
      }
      w.setLiveCommitData(new CommitData(Map.of(), "default", "0.2.0", Instant.EPOCH, "default 0.2.0")
          .toUserData().entrySet());
      w.commit();
    }
    try (IndexShareService shares = new IndexShareService(index)) {
      List<WeeklyReport.Freshness> freshness = IndexFreshness.read(index);
      assertEquals("2026-W47", WeeklyReportBuilder.weekOf(IndexFreshness.newest(freshness)));
      report = new WeeklyReportBuilder(shares, Map.of("paper", 0.5, "job", 0.5),
          Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC)).build("2026-W47", freshness);
    }
  }

  static dev.framewatch.core.record.Model model(String id, List<String> tags) {
    return new dev.framewatch.core.record.Model("hf:" + id, "huggingface", null, "org/" + id, null, tags, null, null, 0, 0,
        null);
  }

  static Job job(String id, LocalDate posted, String text) {
    return new Job(id, "greenhouse", null, "ML engineer", "Acme", null, posted, text, null);
  }

  @Test
  void moversCompareTheWeekWithThePreviousOne() {
    // By hand: Wilson 2/4 = [0.150, 0.850], 8/10 = [0.490, 0.943]; L = 0.3 - sqrt(0.310^2 + 0.350^2) = -0.168.
    ReportTable movers = ReportTable.of(report).stream().filter(t -> t.name().equals("movers")).findFirst().orElseThrow();
    assertEquals("Week-over-week movers, 2026-W46 to 2026-W47", movers.title());
    assertEquals(List.of(
        List.of("job", "pytorch", "50.0% of 4", "80.0% of 10", "+30.0 pt", "-16.7 to +67.8", "no"),
        List.of("job", "tensorflow", "50.0% of 4", "20.0% of 10", "-30.0 pt", "-67.8 to +16.7", "no")), movers.rows());
  }

  @Test
  void modelsExclusiveToOneFrameworkAreKeptApartFromThoseInSeveral() {
    ReportTable t = ReportTable.of(report).stream().filter(x -> x.name().equals("model-frameworks")).findFirst().orElseThrow();
    assertEquals(List.of(
        List.of("pytorch", "exclusive", "2", "66.7%", "20.8-93.9%"),
        List.of("pytorch+tensorflow", "several", "1", "33.3%", "6.1-79.2%")), t.rows());
  }

  @Test
  void freshnessPerKind() {
    assertEquals(List.of(
        new WeeklyReport.Freshness("paper", 2, LocalDate.of(2026, 1, 1)),
        new WeeklyReport.Freshness("job", 14, LocalDate.of(2026, 11, 17)),
        new WeeklyReport.Freshness("repo", 0, null),
        new WeeklyReport.Freshness("model", 3, null),
        new WeeklyReport.Freshness("stars", 0, null)), report.freshness());
  }

  @Test
  void archiveWritesEveryFormatAndEscapesCrawledText() throws Exception {
    Path dir = ReportArchive.write(report, out);
    assertEquals(out.resolve("2026-W47"), dir);
    try (var files = Files.list(dir)) {
      assertEquals(List.of("by-conference.csv", "by-domain.csv", "combined-index.csv", "freshness.csv", "model-frameworks.csv",
          "movers.csv", "ratio-by-kind.csv", "report.html", "report.md", "shares-by-kind.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    String html = Files.readString(dir.resolve("report.html"));
    assertFalse(html.contains("<script"), "no script element, not even from crawled text");
    assertFalse(html.contains("<img"), "crawled markup is text, never markup");
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the hostile venue is shown, escaped");
    assertTrue(html.contains("<svg"), "charts are inline SVG");
    assertFalse(html.contains("http://") && html.contains("src=\"http"), "no external references");
    assertEquals("kind,documents,newest evidence\npaper,2,2026-01-01\njob,14,2026-11-17\nrepo,0,-\nmodel,3,-\nstars,0,-\n",
        Files.readString(dir.resolve("freshness.csv")));
    String md = Files.readString(dir.resolve("report.md"));
    assertTrue(md.startsWith("# framewatch weekly report, 2026-W47\n\nWeek 2026-W47 (compared with 2026-W46); method default"
        + " 0.2.0; 19 documents, 19 naming a framework; generated 2026-11-23T06:00:00Z."), md);
    // A second run of the same week replaces the directory whole.
    assertEquals(dir, ReportArchive.write(report, out));
    try (var entries = Files.list(out)) {
      assertEquals(List.of("2026-W47"), entries.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void findingsOnTheIndexSayTheLargestMoveAndTheWeeksNewJobs() {
    assertEquals(List.of(
        new ReportFindings.Finding("No framework's share changed this week by more than its 95% interval allows (every"
            + " change's interval includes zero).", "/overview?period=week"),
        new ReportFindings.Finding("Largest move in job postings: PyTorch +30.0 points (50.0% (2 of 4) in 2026-W46, 80.0% (8 of"
            + " 10) in 2026-W47), but its 95% interval (-16.7 to +67.8) includes zero: too few documents to call it a change.",
            "/jobs?period=week"),
        new ReportFindings.Finding("New in 2026-W47: 10 job postings, 10 of them naming a framework (100%); 4 in 2026-W46.",
            "/jobs?period=week")), ReportFindings.of(report));
  }

  @Test
  void weeksAreCheckedAndStepBackOverNewYear() {
    assertEquals("2020-W53", WeeklyReportBuilder.previousWeek("2021-W01"));
    assertEquals(LocalDate.of(2026, 11, 16), WeeklyReportBuilder.monday("2026-W47"));
    assertEquals("2026-W53", WeeklyReportBuilder.checkWeek("2026-W53")); // 2026 starts on a Thursday: 53 weeks
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeeklyReportBuilder.checkWeek("2025-W53"));
    assertEquals("--week '2025-W53': 2025 has weeks 1 to 52", e.getMessage());
    IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> WeeklyReportBuilder.checkWeek("2026-47"));
    assertEquals("--week '2026-47': expected an ISO week such as 2026-W47", f.getMessage());
  }
}
