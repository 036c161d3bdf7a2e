package dev.framewatch.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.analytics.share.ShareService;
import dev.framewatch.index.count.Dimension;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real server on a free loopback port, asked by a real HTTP client. */
class DashboardServerTest {
  private final List<String> asked = new ArrayList<>();

  private final ShareService shares = (by, where) -> {
    asked.add(by + " where " + where);
    if ("(".equals(where)) {
      throw new IllegalArgumentException("--where '(': syntax error");
    }
    return new ShareCounts(by, where, "default", "0.1.0",
        List.of(new ShareRow(Map.of("year", "2020"), "pytorch", 3, 10, 4)), 10, 4);
  };

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(DashboardServer server, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheShareApiThePageAndTheBundledChartLibrary() throws Exception {
    try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, shares, "Demo <data>")) {
      assertTrue(server.url().matches("http://127\\.0\\.0\\.1:\\d+/"), server.url());

      HttpResponse<String> api = get(server, "/api/share?by=year");
      assertEquals(200, api.statusCode());
      assertTrue(api.body().contains("\"rows\" : [ {\n    \"year\" : 2020,\n    \"framework\" : \"pytorch\",\n"
          + "    \"count\" : 3,\n    \"documents\" : 10,\n    \"documents_any_framework\" : 4,\n    \"share\" : 0.75,\n"
          + "    \"share_low\" : 0.300642,\n    \"share_high\" : 0.954413\n  } ]"),
          api.body());
      assertEquals(List.of("[YEAR] where null"), asked);

      HttpResponse<String> page = get(server, "/");
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<div class=\"banner\">Demo &lt;data&gt;</div>"), "banner is escaped");
      assertTrue(page.body().contains("/webjars/chart.js/" + ChartJs.VERSION + "/dist/chart.umd.js"));

      HttpResponse<String> lib = get(server, "/webjars/chart.js/" + ChartJs.VERSION + "/dist/chart.umd.js");
      assertEquals(200, lib.statusCode(), "Chart.js must be served from the jar");
      assertTrue(lib.body().length() > 100_000, "the whole library, not a stub");
    }
  }

  @Test
  void badParametersAre400NamingTheParameter() throws Exception {
    try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, shares, "")) {
      HttpResponse<String> r = get(server, "/api/share?by=planet");
      assertEquals(400, r.statusCode());
      assertEquals("{\"error\":\"unknown dimension 'planet' (expected one of venue, year, quarter, month, week, domain, "
          + "source, kind, framework, combination)\",\"parameter\":\"by\"}", r.body());
      r = get(server, "/api/share?by=year&where=(");
      assertEquals(400, r.statusCode());
      assertEquals("{\"error\":\"--where '(': syntax error\",\"parameter\":\"where\"}", r.body());
    }
  }
}
