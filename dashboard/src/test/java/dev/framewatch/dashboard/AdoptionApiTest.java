package dev.framewatch.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.Adoption;
import dev.framewatch.dashboard.testing.DashboardFixture;
import dev.framewatch.index.adoption.AdoptionIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/adoption}, {@code /chart/adoption.svg} and {@code /embed/adoption} over measurements in the adoption index. */
class AdoptionApiTest {
  @TempDir static Path dir;
  static DashboardFixture fx;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    fx = new DashboardFixture(dir, "s3cret");
    Instant at = Instant.parse("2026-03-01T05:00:00Z");
    try (AdoptionIndex.Writer w = AdoptionIndex.open(dir.resolve("index"), false)) {
      w.put(Adoption.of("github", at, "new-repos", "jax", YearMonth.of(2026, 1), 210, false, "topic:jax"));
      w.put(Adoption.of("github", at, "new-repos", "pytorch", YearMonth.of(2026, 1), 1234, false, "topic:pytorch"));
      w.put(Adoption.of("github", at, "new-repos", "pytorch", YearMonth.of(2026, 2), 1302, true, "topic:pytorch"));
      w.put(Adoption.of("github", at, "new-repos", "jax", YearMonth.of(2026, 2), 198, false, "topic:jax"));
      w.put(Adoption.of("github", at, "new-python-repos", "jax", YearMonth.of(2026, 2), 150, false, "topic:jax"));
      w.commit();
    }
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  static void assertBad(String path, String parameter, String message) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(400, r.statusCode(), path + " -> " + r.body());
    JsonNode e = Json.mapper().readTree(r.body());
    assertEquals(parameter, e.path("parameter").asText(null), r.body());
    assertEquals(message, e.path("error").asText(), r.body());
  }

  @Test
  void apiGivesTheCommandsRowsByMonthThenFrameworkInVocabularyOrder() throws Exception {
    HttpResponse<String> r = get("/api/adoption");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode json = Json.mapper().readTree(r.body());
    assertEquals("new-repos", json.path("signal").asText());
    assertEquals("[{\"month\":\"2026-01\",\"framework\":\"pytorch\",\"value\":1234,\"incomplete\":false},"
        + "{\"month\":\"2026-01\",\"framework\":\"jax\",\"value\":210,\"incomplete\":false},"
        + "{\"month\":\"2026-02\",\"framework\":\"pytorch\",\"value\":1302,\"incomplete\":true},"
        + "{\"month\":\"2026-02\",\"framework\":\"jax\",\"value\":198,\"incomplete\":false}]", json.path("rows").toString());

    JsonNode some = Json.mapper().readTree(get("/api/adoption?signal=new-python-repos&frameworks=jax&from=2026-02").body());
    assertEquals("[{\"month\":\"2026-02\",\"framework\":\"jax\",\"value\":150,\"incomplete\":false}]",
        some.path("rows").toString());
  }

  @Test
  void signalsNotBuiltAndBadMonthsAreNamed() throws Exception {
    assertBad("/api/adoption?signal=stars", "signal",
        "signal must be one of new-repos, new-python-repos, paper-code, model-downloads, got 'stars'");
    assertBad("/api/adoption?from=2026-13", "from", "from '2026-13': expected a month as yyyy-MM, e.g. 2024-01");
    assertBad("/chart/adoption.svg?width=5", "width", "width must be a whole number from 200 to 2400, got '5'");
  }

  @Test
  void chartAndEmbedDrawOneLinePerFramework() throws Exception {
    HttpResponse<String> svg = get("/chart/adoption.svg?theme=dark");
    assertEquals(200, svg.statusCode(), svg.body());
    assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertTrue(svg.body().startsWith("<svg") || svg.body().startsWith("<?xml"), svg.body().substring(0, 60));
    assertTrue(svg.body().contains("Adoption: new GitHub repositories per month"), "title");
    assertTrue(svg.body().contains(">pytorch<") && svg.body().contains(">jax<"), "legend names both frameworks");
    HttpResponse<String> embed = get("/embed/adoption?signal=new-repos");
    assertEquals(200, embed.statusCode(), embed.body());
    assertTrue(embed.body().contains("<svg") && !embed.body().contains("<script"), embed.body());
    assertTrue(embed.body().contains("GitHub search: repositories created in the month"), embed.body());
  }

  @Test
  void theAdoptionPageShowsEachSignalWithItsMethodDataAndEmbed() throws Exception {
    HttpResponse<String> r = get("/adoption");
    assertEquals(200, r.statusCode(), r.body());
    String page = r.body();
    assertTrue(page.contains("<a href=\"/adoption\">adoption</a>"), "in the navigation");
    assertEquals(4, page.split("<section class=\"adoption\"", -1).length - 1, page);
    assertTrue(page.contains("<img src=\"/chart/adoption.svg?signal=new-repos\" alt=\"new GitHub repositories per month\""
        + " width=\"900\" height=\"420\">"), page);
    assertTrue(page.contains("<a href=\"/api/adoption?signal=new-python-repos\">data</a> · "
        + "<a href=\"/embed/adoption?signal=new-python-repos\">embed</a>"), page);
    assertTrue(page.contains("no paper-code values in the index (crawl papers with sources.papers.code.enabled = true, "
        + "then index)"), page);
    assertEquals(400, get("/adoption?signal=x").statusCode(), "the page takes no parameters");
    // Counted once per index version: a browser's revalidation gets 304 and the same ETag, with no recount.
    assertEquals("text/html", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""));
    String etag = r.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url("/adoption")))
        .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(304, again.statusCode());
    assertEquals(page, get("/adoption").body());
  }
}
