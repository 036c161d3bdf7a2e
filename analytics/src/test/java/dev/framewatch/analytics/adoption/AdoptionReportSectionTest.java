package dev.framewatch.analytics.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.Adoption;
import dev.framewatch.index.adoption.AdoptionIndex;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly report's adoption section, from measurements in an adoption index; the command's table and CSV alike. */
class AdoptionReportSectionTest {
  @TempDir Path index;

  private void write(Adoption... measurements) {
    try (AdoptionIndex.Writer w = AdoptionIndex.open(index, false)) {
      for (Adoption a : measurements) {
        w.put(a);
      }
      w.commit();
    }
  }

  private static Adoption a(String signal, String framework, int month, long value, boolean incomplete) {
    return Adoption.of("github", Instant.parse("2026-03-01T05:00:00Z"), signal, framework, YearMonth.of(2026, month), value,
        incomplete, null);
  }

  @Test
  void onlySignalsWithValuesGetASectionWithTableChartAndMethod() {
    write(a("new-repos", "tensorflow", 1, 400, false), a("new-repos", "pytorch", 1, 1234, false),
        a("new-repos", "pytorch", 2, 1302, true));

    List<dev.framewatch.analytics.report.ReportSection> sections = AdoptionReportSection.of(index);

    assertEquals(1, sections.size());
    AdoptionReportSection s = (AdoptionReportSection) sections.get(0);
    assertEquals(AdoptionSignal.NEW_REPOS, s.signal());
    assertEquals("## Adoption: new GitHub repositories per month\n\n"
        + "| month | pytorch | tensorflow |\n|---|---|---|\n"
        + "| 2026-02 | 1,302* | - |\n"
        + "| 2026-01 | 1,234 | 400 |\n\n"
        + AdoptionSignal.NEW_REPOS.method() + ". * incomplete: the source said its count may be short. Adoption is measured "
        + "apart from the mention shares above.\n", s.markdown());
    assertEquals(Map.of("adoption-new-repos", "month,framework,value,incomplete\n2026-01,pytorch,1234,false\n"
        + "2026-01,tensorflow,400,false\n2026-02,pytorch,1302,true\n"), s.csvFiles());
    assertTrue(s.html().startsWith("<h2>Adoption: new GitHub repositories per month</h2>\n<svg"), s.html());
    assertTrue(s.html().contains("<tr><td>2026-02</td><td>1,302*</td><td>-</td></tr>"), s.html());
  }

  @Test
  void noMeasurementsNoSection() {
    assertEquals(List.of(), AdoptionReportSection.of(index));
  }

  @Test
  void commandTableIsMonthByFramework() {
    List<AdoptionRow> rows = List.of(new AdoptionRow(YearMonth.of(2026, 1), "pytorch", 1234, false),
        new AdoptionRow(YearMonth.of(2026, 1), "jax", 21, false), new AdoptionRow(YearMonth.of(2026, 2), "pytorch", 9, true));
    assertEquals("month    pytorch  jax\n-------  -------  ---\n2026-01    1,234   21\n2026-02       9*    -\n"
        + "* incomplete: GitHub's search said its count may be short, even after retries\n"
        + "new-repos: " + AdoptionSignal.NEW_REPOS.method() + "\n", AdoptionFormat.table(AdoptionSignal.NEW_REPOS, rows));
  }
}
