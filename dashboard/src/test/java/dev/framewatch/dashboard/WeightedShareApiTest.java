package dev.framewatch.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.Model;
import dev.framewatch.dashboard.testing.DashboardFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code weight=downloads} on {@code /api/models} and {@code /api/share}: the fixture's five models (10 downloads each: March
 * two PyTorch and one TensorFlow, April two PyTorch) plus one TensorFlow model of 970 downloads in March.
 */
class WeightedShareApiTest {
  @TempDir static Path dir;
  static DashboardFixture fx;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    fx = new DashboardFixture(dir, "s3cret", List.of(new Model("hf:org/heavy", "huggingface", null, "org/heavy",
        "transformers", List.of("tf"), "image-classification", LocalDate.parse("2022-03-20"), 970, 0, null)));
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void modelsWeighedByDownloadsBesideThePlainCount() throws Exception {
    HttpResponse<String> r = get("/api/models?by=month&weight=downloads");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode root = Json.mapper().readTree(r.body());
    List<String> rows = new ArrayList<>();
    root.path("rows").forEach(row -> rows.add(row.path("month").asText() + " " + row.path("framework").asText() + " "
        + row.path("count").asLong() + "/" + row.path("documents_any_framework").asLong() + " "
        + row.path("count_share").asDouble() + " " + row.path("downloads").asLong() + "/"
        + row.path("downloads_any_framework").asLong() + " " + row.path("share").asDouble()));
    assertEquals(List.of("2022-03 pytorch 2/4 0.5 20/1000 0.02", "2022-03 tensorflow 2/4 0.5 980/1000 0.98",
        "2022-04 pytorch 2/2 1.0 20/20 1.0"), rows);
    assertEquals("downloads", root.path("weight").asText());
    assertEquals("bootstrap-1000", root.path("interval").asText());
    assertEquals(5, root.path("freshness").size(), r.body());
  }

  @Test
  void shareKeepsTheFrameworksAskedForAndRefusesOtherWeights() throws Exception {
    JsonNode root = Json.mapper().readTree(get("/api/share?by=year&weight=downloads&frameworks=tensorflow").body());
    assertEquals(1, root.path("rows").size());
    assertEquals("2022 tensorflow 980/1020", root.path("rows").get(0).path("year").asText() + " "
        + root.path("rows").get(0).path("framework").asText() + " " + root.path("rows").get(0).path("downloads").asLong()
        + "/" + root.path("rows").get(0).path("downloads_any_framework").asLong());
    HttpResponse<String> bad = get("/api/share?weight=stars");
    assertEquals(400, bad.statusCode(), bad.body());
    JsonNode e = Json.mapper().readTree(bad.body());
    assertEquals("weight", e.path("parameter").asText());
    assertTrue(e.path("error").asText().contains("expected none or downloads"), bad.body());
  }

  @Test
  void theHuggingFaceViewHasAWeightControlAndItsChartFollowsIt() throws Exception {
    HttpResponse<String> page = get("/huggingface");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("<label>weigh models by <select name=\"weight\"><option selected>none</option>"
        + "<option>downloads</option></select></label>"), page.body());
    HttpResponse<String> chart = get("/chart/huggingface.json?weight=downloads");
    assertEquals(200, chart.statusCode(), chart.body());
    JsonNode root = Json.mapper().readTree(chart.body());
    assertEquals("% of downloads of models naming a framework (95% bootstrap-1000)", root.path("y_label").asText());
    List<String> points = new ArrayList<>();
    root.path("series").forEach(s -> s.path("points").forEach(p -> points.add(s.path("name").asText() + " "
        + p.path("x").asText() + " " + p.path("value").asDouble() + " " + p.path("count").asLong() + "/"
        + p.path("denominator").asLong())));
    assertEquals(List.of("tensorflow 2022-03 98.0 2/4", "tensorflow 2022-04 0.0 0/2", "pytorch 2022-03 2.0 2/4",
        "pytorch 2022-04 100.0 2/2"), points);
    // The plain chart is as it was: shares of models.
    JsonNode plain = Json.mapper().readTree(get("/chart/huggingface.json").body());
    assertEquals("% of models naming a framework", plain.path("y_label").asText());
  }
}
