package dev.framewatch.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.DashboardServer;
import dev.framewatch.index.search.DocumentSearch;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The dashboard over a data dir the demo crawled: every view's page, chart data and SVG are filled (each SVG at most 150 KB),
 * and the API answers from the demo's evidence (the numbers the demo's share table printed).
 */
final class DemoDashboardCheck {
  private DemoDashboardCheck() {}

  static void everyViewIsFilled(Path dataDir) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    FrameworkDetector detector = new FrameworkDetector(MethodLoader.load("default"));
    try (IndexShareService shares = new IndexShareService(dataDir.resolve("index"));
        DashboardServer server = DashboardServer.start("127.0.0.1", 0, new DashboardData(shares,
            new DocumentSearch(detector, Vocabulary.standard()), Vocabulary.standard(), dataDir, "demo", null, Map.of()))) {
      for (String view : List.of("overview", "papers", "jobs", "github", "huggingface")) {
        assertEquals(200, get(client, server, "/" + view).statusCode(), view);
        HttpResponse<String> svg = get(client, server, "/chart/" + view + ".svg");
        assertEquals(200, svg.statusCode(), view);
        // Light enough to embed, at the default and at the largest size (docs/dashboard.md, Embedding).
        for (String size : List.of("", "?height=1600&width=2400", "?height=1600&log=true&width=2400")) {
          HttpResponse<byte[]> image = client.send(HttpRequest.newBuilder(URI.create(server.url())
              .resolve("/chart/" + view + ".svg" + size)).build(), HttpResponse.BodyHandlers.ofByteArray());
          assertEquals(200, image.statusCode(), view + size);
          assertTrue(image.body().length <= 150 * 1024, view + size + ": " + image.body().length + " bytes");
        }
        JsonNode chart = Json.mapper().readTree(get(client, server, "/chart/" + view + ".json").body());
        long points = 0;
        for (JsonNode s : chart.path("series")) {
          for (JsonNode p : s.path("points")) {
            points += p.path("value").isNull() ? 0 : 1;
          }
        }
        assertTrue(points >= 2, view + " has data: " + chart);
        String drill = chart.path("series").get(0).path("points").findValues("drill").stream()
            .filter(d -> !d.isNull()).findFirst().orElseThrow().asText();
        JsonNode docs = Json.mapper().readTree(get(client, server, drill.replace("/documents", "/api/documents")).body());
        assertTrue(docs.path("total").asLong() > 0, view + ": " + drill + " lists documents");
      }
      JsonNode byKind = Json.mapper().readTree(get(client, server, "/api/share?by=kind&frameworks=pytorch").body());
      assertEquals("model 1781 of 1903", byKind.path("rows").get(1).path("kind").asText() + " "
          + byKind.path("rows").get(1).path("count").asLong() + " of "
          + byKind.path("rows").get(1).path("documents_any_framework").asLong());
      JsonNode reports = Json.mapper().readTree(get(client, server, "/api/reports").body());
      assertEquals("2026-W44", reports.path("reports").get(0).path("week").asText());
      assertTrue(Json.mapper().readTree(get(client, server, "/api/stars").body()).path("repos").size() >= 2);
      // The last crawl of each source, as the demo recorded it.
      JsonNode crawls = Json.mapper().readTree(get(client, server, "/api/sources").body()).path("crawls");
      StringBuilder seen = new StringBuilder();
      crawls.forEach(c -> seen.append(c.path("source").asText()).append(' ').append(c.path("new_records").asLong())
          .append(c.path("error").isNull() ? "" : " error").append("; "));
      assertEquals("github 2813; huggingface 2400; jobs 361; papers 480; ", seen.toString());
    }
  }

  private static HttpResponse<String> get(HttpClient client, DashboardServer server, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
