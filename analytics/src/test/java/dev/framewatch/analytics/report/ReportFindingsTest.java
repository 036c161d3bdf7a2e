package dev.framewatch.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.analytics.stats.Wilson;
import dev.framewatch.analytics.trend.Trend;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.schema.Dimension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The findings' exact sentences on known numbers: jobs where TensorFlow fell from 9 of 10 to 2 of 10 (its interval excludes
 * zero), PyTorch rising in the same jobs, models moving 1 of 4 to 2 of 4 (not significant), and the week's new documents.
 */
class ReportFindingsTest {
  static Trend trend(String kind, String fw, long from, long nFrom, long to, long nTo) {
    return new Trend(Map.of("kind", kind), fw, "2026-W46", "2026-W47", (double) from / nFrom, nFrom, (double) to / nTo, nTo,
        Wilson.difference(from, nFrom, to, nTo));
  }

  static WeeklyReport report(List<Trend> movers, List<ShareCounts.GroupTotal> weeks) {
    ShareCounts none = new ShareCounts(List.of(Dimension.KIND), null, "default", "0.2.0", List.of(), 0, 0);
    ShareCounts byKindWeek = new ShareCounts(List.of(Dimension.KIND, Dimension.WEEK), null, "default", "0.2.0", List.of(), 0,
        0, weeks);
    return new WeeklyReport("2026-W47", "2026-W46", Instant.EPOCH, "default 0.2.0", none, none, none, none, none, byKindWeek,
        movers, List.of(), Map.of(), List.of());
  }

  static ShareCounts.GroupTotal week(String kind, String week, long documents, long any) {
    return new ShareCounts.GroupTotal(Map.of("kind", kind, "week", week), documents, any);
  }

  // By hand (Newcombe): Wilson 1/10 = [0.018, 0.404], 7/10 = [0.397, 0.892]; L = 0.6 - sqrt(0.303^2 + 0.304^2) = 0.171,
  // U = 0.6 + sqrt(0.192^2 + 0.082^2) = 0.809.
  @Test
  void significantChangesThenTheLargestOtherMoverPerKindThenWhatIsNew() {
    WeeklyReport r = report(List.of(trend("job", "tensorflow", 9, 10, 2, 10), trend("job", "pytorch", 1, 10, 7, 10),
        trend("model", "pytorch", 1, 4, 2, 4), trend("model", "tensorflow", 3, 4, 2, 4)),
        List.of(week("job", "2026-W46", 10, 10), week("job", "2026-W47", 12, 10), week("model", "2026-W47", 4, 4)));
    assertEquals(List.of(
        new ReportFindings.Finding("Job postings: TensorFlow's share fell from 90.0% (9 of 10) in 2026-W46 to 20.0% (2 of 10)"
            + " in 2026-W47, -70.0 points (95% CI -86.5 to -26.6): a change the sample sizes support.", "/jobs?period=week"),
        new ReportFindings.Finding("Job postings: PyTorch's share rose from 10.0% (1 of 10) in 2026-W46 to 70.0% (7 of 10)"
            + " in 2026-W47, +60.0 points (95% CI +17.1 to +80.9): a change the sample sizes support.", "/jobs?period=week"),
        new ReportFindings.Finding("Largest move in models: PyTorch +25.0 points (25.0% (1 of 4) in 2026-W46, 50.0% (2 of 4)"
            + " in 2026-W47), but its 95% interval (-32.0 to +65.5) includes zero: too few documents to call it a change.",
            "/huggingface?period=week"),
        new ReportFindings.Finding("New in 2026-W47: 12 job postings, 10 of them naming a framework (83%); 10 in 2026-W46.",
            "/jobs?period=week"),
        new ReportFindings.Finding("New in 2026-W47: 4 models, 4 of them naming a framework (100%); none in 2026-W46.",
            "/huggingface?period=week")), ReportFindings.of(r));
  }

  @Test
  void aWeekWithNothingToCompareSaysSo() {
    assertEquals(List.of(new ReportFindings.Finding("No share can be compared with 2026-W46: no kind of evidence has documents"
        + " naming a framework in both weeks.", "/overview?period=week")), ReportFindings.of(report(List.of(), List.of())));
  }

  @Test
  void aWeekWithoutSignificantChangeSaysSo() {
    WeeklyReport r = report(List.of(trend("model", "pytorch", 2, 4, 2, 4)), List.of());
    assertEquals(List.of(new ReportFindings.Finding("No framework's share changed this week by more than its 95% interval"
        + " allows (every change's interval includes zero).", "/overview?period=week")), ReportFindings.of(r));
  }

  @Test
  void theMarkdownOpensWithTheFindingsAsALinkedList() {
    WeeklyReport r = report(List.of(trend("job", "pytorch", 1, 10, 7, 10)), List.of());
    String md = ReportRenderer.markdown(r);
    String findings = md.substring(md.indexOf("## Findings"), md.indexOf("\nCharts:"));
    assertEquals("## Findings\n\n- Job postings: PyTorch's share rose from 10.0% (1 of 10) in 2026-W46 to 70.0% (7 of 10) in"
        + " 2026-W47, +60.0 points (95% CI +17.1 to +80.9): a change the sample sizes support. ([chart](/jobs?period=week))\n",
        findings);
    String html = ReportRenderer.html(r);
    assertEquals(true, html.contains("<h2>Findings</h2>\n<ul class=\"findings\">\n<li>Job postings: PyTorch&#39;s share rose"
        + " from 10.0% (1 of 10)"), html);
    assertEquals(true, html.contains("a change the sample sizes support. <a href=\"/jobs?period=week\">chart</a></li>"));
  }
}
