package dev.framewatch.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.Stars;
import dev.framewatch.dashboard.testing.DashboardFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's surface over the real server and index ({@link DashboardFixture}, plus repository e/f whose second snapshot was
 * estimated from sampled pages): headline sentences, the compact tables, {@code /api/export}, the reports page, stars per day
 * and estimated star points.
 */
class AnalystSurfaceTest {
  @TempDir static Path dir;
  static DashboardFixture fx;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    fx = new DashboardFixture(dir, null, List.of(
        new Stars("stars:e/f:2023-01-01", "github", null, "e/f", LocalDate.of(2023, 1, 1), 100, 100,
            Map.of("estimated", BooleanNode.FALSE)),
        new Stars("stars:e/f:2023-01-02", "github", null, "e/f", LocalDate.of(2023, 1, 2), 400, 300,
            Map.of("estimated", BooleanNode.TRUE))));
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url(path))).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(String path) throws Exception {
    HttpResponse<byte[]> r = get(path);
    assertEquals(200, r.statusCode(), path + " -> " + new String(r.body(), StandardCharsets.UTF_8));
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static void assertBad(String path, String parameter, String message) throws Exception {
    HttpResponse<byte[]> r = get(path);
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertEquals(400, r.statusCode(), path + " -> " + body);
    JsonNode e = Json.mapper().readTree(body);
    assertEquals(parameter, e.path("parameter").asText(null), body);
    assertEquals(message, e.path("error").asText(), body);
  }

  @Test
  void thePapersPageSaysItsHeadlineInWordsWithTheDenominator() throws Exception {
    // By hand: 2020 papers naming a framework 9 (CVPR 4 PyTorch + 1 TensorFlow, ICLR 3 PyTorch + 1 JAX): PyTorch 7/9 = 77.8%,
    // Wilson [45.3, 93.7]; 2019: 4/7 = 57.1%, so +20.6 points. TensorFlow 1/9 = 11.1% [2.0, 43.5], 2019 3/7 = 42.9%: -31.7.
    String page = text("/papers");
    assertTrue(page.contains("PyTorch in 78% of papers naming a framework in 2020, 95% CI 45-94, up 21 points on 2019."), page);
    assertTrue(page.contains("TensorFlow in 11% of papers naming a framework in 2020, 95% CI 2-43, down 32 points on 2019."));
    assertTrue(page.contains("9 of 9 papers name a framework (100%) in 2020"));
    assertTrue(page.contains("data-api=\"/api/share?by=kind,year&amp;where=kind:paper\""), "the tile names its API query");
    assertTrue(page.contains("<a class=\"big\" href=\"/documents?framework=pytorch&amp;kind=paper&amp;where=kind:paper"
        + "&amp;year=2020\">78%</a>"), "each number links to its documents");
  }

  @Test
  void theOverviewTableHasARowPerKindWithChangeAndCoverage() throws Exception {
    String page = text("/overview");
    String table = page.substring(page.indexOf("<table class=\"compact\" id=\"headline-table\">"));
    table = table.substring(0, table.indexOf("</table>"));
    // Jobs 2022: PyTorch 3 of 4 (2021: 2 of 4, +25 points); models 2022: 4 of 5, one year only.
    assertTrue(table.contains("<tr data-kind=\"job\"><td>job postings</td><td>2022</td><td><a href=\"/documents?framework="
        + "pytorch&amp;kind=job&amp;year=2022\">75%</a> <span class=\"meta\">30-95</span></td><td>+25.0 pt</td>"), table);
    assertTrue(table.contains("<tr data-kind=\"model\"><td>models</td><td>2022</td><td><a href=\"/documents?framework="
        + "pytorch&amp;kind=model&amp;year=2022\">80%</a> <span class=\"meta\">38-96</span></td><td>-</td>"), table);
  }

  @Test
  void thePapersChartNamesItsFrameworkAndItsDenominator() throws Exception {
    JsonNode chart = Json.mapper().readTree(text("/chart/papers.json"));
    assertEquals("Papers: PyTorch's share by conference", chart.path("title").asText());
    assertEquals("% of papers naming a framework", chart.path("y_label").asText());
    assertTrue(text("/chart/papers.svg").contains("PyTorch&apos;s share by conference")
        || text("/chart/papers.svg").contains("PyTorch's share by conference"));
  }

  @Test
  void exportGivesTheCliFactsInEachFormatUpToItsLimit() throws Exception {
    HttpResponse<byte[]> csv = get("/api/export?where=kind:job");
    assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse(""));
    assertEquals("10000", csv.headers().firstValue("X-Row-Limit").orElse(""));
    List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.get(0).startsWith("id,kind,source,venue,year,month,domain,domain_source,"), lines.get(0));
    assertEquals(1 + 8, lines.size(), "a header and the 8 jobs");
    assertEquals(1 + 3, text("/api/export?where=kind:job&limit=3").lines().count());

    List<String> jsonl = text("/api/export?format=jsonl&where=kind:model").lines().toList();
    assertEquals(5, jsonl.size());
    for (String line : jsonl) {
      assertEquals("model", Json.mapper().readTree(line).path("kind").asText());
    }
    assertTrue(jsonl.stream().anyMatch(l -> l.contains("\"id\":\"hf:org/m3\"")));

    HttpResponse<byte[]> parquet = get("/api/export?format=parquet&limit=4");
    assertEquals(200, parquet.statusCode());
    assertEquals("application/vnd.apache.parquet", parquet.headers().firstValue("Content-Type").orElse(""));
    byte[] b = parquet.body();
    assertEquals("PAR1", new String(b, 0, 4, StandardCharsets.US_ASCII));
    assertEquals("PAR1", new String(b, b.length - 4, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void exportRefusesBadParametersByName() throws Exception {
    assertBad("/api/export?limit=0", "limit", "limit must be a whole number from 1 to 100000, got '0'");
    assertBad("/api/export?limit=100001", "limit", "limit must be a whole number from 1 to 100000, got '100001'");
    assertBad("/api/export?limit=all", "limit", "limit must be a whole number from 1 to 100000, got 'all'");
    assertBad("/api/export?format=xlsx", "format", "format must be one of csv, jsonl, parquet, got 'xlsx'");
    assertBad("/api/export?rows=5", "rows", "unknown parameter 'rows' (expected one of format, limit, where)");
    HttpResponse<byte[]> r = get("/api/export?where=kind:(job");
    assertEquals(400, r.statusCode());
    assertEquals("where", Json.mapper().readTree(r.body()).path("parameter").asText());
  }

  @Test
  void theReportsPageListsEachWeeksReport() throws Exception {
    String page = text("/reports");
    assertTrue(page.contains("<li>2022-W10 · <a href=\"/reports/2022-W10/report.html\">HTML</a> · <a href=\""
        + "/reports/2022-W10/report.md\">Markdown</a></li>"), page);
    assertTrue(page.contains("<a href=\"/reports\">weekly reports</a>"), "in the navigation");
  }

  @Test
  void starsPerDayAndEstimatedPointsAreSaid() throws Exception {
    JsonNode daily = Json.mapper().readTree(text("/chart/github.json?repos=e/f&stars=daily"));
    assertEquals("GitHub: new stars per day", daily.path("title").asText());
    assertEquals("new stars", daily.path("unit").asText());
    JsonNode points = daily.path("series").get(0).path("points");
    assertEquals("100 300", points.get(0).path("value").asLong() + " " + points.get(1).path("value").asLong());
    assertTrue(points.get(1).path("estimated").asBoolean(), "the sampled snapshot is marked");
    assertTrue(points.get(0).path("estimated").isMissingNode(), "a counted one is not");
    assertEquals(301, get("/github?stars=total&repos=e/f").statusCode(), "the default is dropped from the one URL");
    String page = text("/github?repos=e/f");
    assertTrue(page.contains("<a class=\"big\" href=\"/documents?where=id:%22stars:e/f:2023-01-02%22\">400</a>"
        + " <span class=\"sentence\">stars on 2023-01-02, estimated from sampled stargazer pages</span>"), page);
    assertTrue(page.contains("<td>400 stars (estimated)</td>"));
    // The images have no hover: the legend says how many of a line's days were estimated.
    String svg = text("/chart/github.svg?repos=e/f");
    assertTrue(svg.contains("e/f (1 day estimated)"), svg.length() > 2000 ? svg.substring(0, 2000) : svg);
  }
}
