package dev.framewatch.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.dashboard.testing.DashboardFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server over a real Lucene index ({@link DashboardFixture}), asked by a real HTTP client; exact numbers. */
class DashboardServerTest {
  @TempDir static Path dir;
  static DashboardFixture fx;
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    fx = new DashboardFixture(dir, "s3cret");
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.url(path)));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    return Json.mapper().readTree(r.body());
  }

  static void assertBad(String path, String parameter, String messagePart) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(400, r.statusCode(), path + " -> " + r.body());
    JsonNode e = Json.mapper().readTree(r.body());
    assertEquals(parameter, e.path("parameter").asText(null), r.body());
    assertTrue(e.path("error").asText().contains(messagePart), r.body());
  }

  @Test
  void shareApiGivesTheCliShareWithIntervalsCoverageAndFreshness() throws Exception {
    JsonNode share = json("/api/share?by=venue,year&where=kind:paper");
    assertEquals("default", share.path("method").path("name").asText());
    JsonNode first = share.path("rows").get(0);
    assertEquals("cvpr|2019|pytorch|3|5|4|0.75", first.path("venue").asText() + "|" + first.path("year").asText() + "|"
        + first.path("framework").asText() + "|" + first.path("count").asLong() + "|" + first.path("documents").asLong() + "|"
        + first.path("documents_any_framework").asLong() + "|" + first.path("share").asDouble());
    assertEquals(0.300642, first.path("share_low").asDouble(), 1e-6);
    assertEquals(0.954413, first.path("share_high").asDouble(), 1e-6);
    assertEquals(0.8, share.path("groups").get(0).path("coverage").path("value").asDouble(), 1e-9);
    assertEquals("stars 5", share.path("freshness").get(4).path("kind").asText() + " "
        + share.path("freshness").get(4).path("documents").asLong());
    assertEquals("2022-04-20", share.path("freshness").get(3).path("newest_evidence").asText());

    JsonNode y2020 = json("/api/share?by=year&frameworks=pytorch&from=2020&to=2020");
    assertEquals(1, y2020.path("rows").size());
    assertEquals("2020 pytorch 7 of 9", y2020.path("rows").get(0).path("year").asText() + " "
        + y2020.path("rows").get(0).path("framework").asText() + " " + y2020.path("rows").get(0).path("count").asLong()
        + " of " + y2020.path("rows").get(0).path("documents_any_framework").asLong());
    assertEquals("(kind:paper) AND year:[2020 TO 2020]",
        json("/api/share?by=year&where=kind:paper&from=2020&to=2020").path("where").asText());
    // The explicit method counts with that method (the index's own here).
    assertEquals(json("/api/share?by=year").path("rows"), json("/api/share?by=year&method=default").path("rows"));
  }

  @Test
  void badParametersAre400NamingTheParameter() throws Exception {
    assertBad("/api/share?by=planet", "by", "unknown dimension 'planet'");
    assertBad("/api/share?where=(", "where", "--where '(': ");
    assertBad("/api/share?frameworks=torchy", "frameworks", "unknown framework 'torchy'");
    assertBad("/api/share?from=abc", "from", "from must be a whole number from 1900 to 2200, got 'abc'");
    assertBad("/api/share?from=2021&to=2019", "from", "from (2021) is after to (2019)");
    assertBad("/api/share?colour=red", "colour", "unknown parameter 'colour'");
    assertBad("/api/share?by=year&by=venue", "by", "given 2 times");
    assertBad("/api/share?method=horace-2019", "method", "horace-2019");
    assertBad("/api/share?method=../../etc/passwd", "method", "must be a method name");
    // A bad filter is the filter's fault even when it mentions the (valid) method's name.
    assertBad("/api/share?method=default&where=text:default%20AND%20(", "where", "unbalanced parentheses");
    assertBad("/api/documents?limit=0", "limit", "limit must be a whole number from 1 to 1000");
    assertBad("/api/documents?framework=lua", "framework", "unknown framework 'lua'");
    assertBad("/api/stars?repos=not-a-repo", "repos", "'not-a-repo' is not a repository like owner/name");
    assertBad("/api/stars?from=yesterday", "from", "from must be a date like 2020-01-31");
    assertBad("/api/models?by=colour", "by", "unknown grouping 'colour'");
    assertBad("/chart/papers.gif", "format", "chart format must be svg, png, json or csv");
    assertBad("/chart/planets.svg", "view", "unknown view 'planets'");
    assertBad("/papers?width=5", "width", "width must be a whole number from 200 to 2400");
    assertBad("/papers?period=decade", "period", "period must be one of year, quarter, month, week");
    assertBad("/github?align=maybe", "align", "align must be true or false");
    assertBad("/reports/2022-W10/..%2F..%2Fsecret.html", "file", "no such report file");
    HttpResponse<String> missing = get("/reports/2022-W11/report.md");
    assertEquals(404, missing.statusCode());
    assertEquals("{\"error\":\"no report file 2022-W11/report.md\"}", missing.body());
  }

  @Test
  void documentsBehindANumberArePagedAndEscapedOnThePage() throws Exception {
    JsonNode docs = json("/api/documents?where=kind:paper&venue=cvpr&year=2019&framework=pytorch&limit=2");
    assertEquals(3, docs.path("total").asLong());
    assertEquals(2, docs.path("documents").size());
    assertEquals("Our code uses PyTorch.", docs.path("documents").get(0).path("evidence").path("pytorch").asText()
        .replaceAll("^.*?(Our)", "$1"));
    JsonNode next = json("/api/documents?where=kind:paper&venue=cvpr&year=2019&framework=pytorch&limit=2&offset=2");
    assertEquals(1, next.path("documents").size());

    HttpResponse<String> page = get("/documents?where=kind:job&year=2022&framework=pytorch");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<span id=\"total\">3</span> documents"), page.body());
    assertTrue(page.body().contains("&lt;script&gt;window.__xss=&#39;title&#39;&lt;/script&gt;"), "title shown as text");
    assertFalse(page.body().contains("<script>window.__xss"), "never as markup");
    HttpResponse<String> paper = get("/documents?where=id:%22paper:cvpr:2020:xss%22");
    assertFalse(paper.body().contains("href=\"javascript:"), "a crawled javascript: URL is not made a link");
    assertTrue(paper.body().contains("&lt;img src=x onerror="), paper.body());
  }

  @Test
  void starTimelinesAndModels() throws Exception {
    JsonNode stars = json("/api/stars?repos=c/d,a/b&align=true");
    assertEquals("c/d", stars.path("repos").get(0).path("repo").asText());
    List<String> ab = new ArrayList<>();
    stars.path("repos").get(1).path("points").forEach(p -> ab.add(p.path("day").asLong() + ":" + p.path("stars").asLong()
        + "+" + p.path("new_stars").asLong()));
    assertEquals(List.of("0:10+10", "1:15+5", "2:30+15"), ab);
    assertEquals(2, json("/api/stars").path("repos").size(), "all repositories by default");
    assertEquals(1, json("/api/stars?repos=a/b&from=2020-01-03").path("repos").get(0).path("points").size());

    JsonNode models = json("/api/models?by=library,month");
    List<String> rows = new ArrayList<>();
    models.path("rows").forEach(r -> rows.add(r.path("library").asText() + " " + r.path("month").asText() + " "
        + r.path("framework").asText() + " " + r.path("count").asLong() + "/" + r.path("documents_any_framework").asLong()));
    assertEquals(List.of("timm 2022-03 pytorch 1/1", "timm 2022-04 pytorch 2/2", "transformers 2022-03 pytorch 1/2",
        "transformers 2022-03 tensorflow 1/2"), rows);
    rows.clear();
    json("/api/models?by=task").path("rows").forEach(r -> rows.add(r.path("task").asText() + " "
        + r.path("framework").asText() + " " + r.path("count").asLong() + "/" + r.path("documents").asLong()));
    assertEquals(List.of("image-classification pytorch 4/5", "image-classification tensorflow 1/5"), rows);
  }

  @Test
  void sourcesReportsHealthAndMetrics() throws Exception {
    JsonNode sources = json("/api/sources");
    assertEquals(35, sources.path("index").path("documents").asLong());
    assertEquals("2022-04-21T00:00:00Z", sources.path("index").path("last_commit").asText());
    List<String> bySource = new ArrayList<>();
    sources.path("sources").forEach(s -> bySource.add(s.path("source").asText() + "/" + s.path("kind").asText() + " "
        + s.path("documents").asLong()));
    assertEquals(List.of("greenhouse/job 8", "huggingface/model 5", "test/paper 17"), bySource);
    assertEquals("[{\"source\":\"jobs\",\"finished_at\":\"2022-04-21T02:00:00Z\",\"pages_fetched\":0,\"new_records\":0,"
        + "\"not_modified\":0,\"failed_pages\":0,\"dead_letters\":0,\"error\":\"jobs.example.org: connection refused\"},"
        + "{\"source\":\"papers\",\"finished_at\":\"2022-04-21T01:00:00Z\",\"pages_fetched\":40,\"new_records\":17,"
        + "\"not_modified\":3,\"failed_pages\":1,\"dead_letters\":2,\"error\":null}]", sources.path("crawls").toString());
    JsonNode reports = json("/api/reports");
    assertEquals("2022-W10 [\"/reports/2022-W10/report.html\",\"/reports/2022-W10/report.md\"]",
        reports.path("reports").get(0).path("week").asText() + " " + reports.path("reports").get(0).path("files"));
    assertEquals("# report 2022-W10\n", get("/reports/2022-W10/report.md").body());
    assertEquals("up", json("/health").path("status").asText());

    get("/api/share?by=kind");
    String metrics = get("/metrics").body();
    assertTrue(metrics.contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/share\",status=\"200\"}"),
        metrics);
    assertTrue(metrics.contains("framewatch_index_documents_kind{kind=\"paper\"} 17.0"), metrics);
    assertTrue(metrics.contains("framewatch_index_documents 35.0"), metrics);
    assertTrue(metrics.contains("dashboard_cache_total{result=\"miss\"}"), metrics);
    for (String line : List.of("framewatch_crawl_last_new_records{source=\"papers\"} 17.0",
        "framewatch_crawl_last_failed_pages{source=\"papers\"} 1.0", "framewatch_crawl_last_failed{source=\"jobs\"} 1.0",
        "framewatch_crawl_last_failed{source=\"papers\"} 0.0", "framewatch_crawl_last_new_records{source=\"github\"} NaN",
        "framewatch_classify_labelled_documents{task=\"domain\"} 0.0", "framewatch_index_consumed_offset{topic=\"papers\"} 0.0",
        "framewatch_index_consumer_lag 42.0")) {
      assertTrue(metrics.contains(line), line + "\n" + metrics);
    }
  }

  @Test
  void chartsHaveOneCanonicalUrlETagsAndCorsWhileTheApiDoesNot() throws Exception {
    HttpResponse<String> svg = get("/chart/papers.svg");
    assertEquals(200, svg.statusCode());
    assertEquals("image/svg+xml", svg.headers().firstValue("Content-Type").orElse(""));
    assertTrue(svg.body().startsWith("<?xml") && svg.body().contains("<svg"), svg.body());
    String etag = svg.headers().firstValue("ETag").orElseThrow();
    assertEquals("public, max-age=300", svg.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("*", svg.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    assertEquals(304, get("/chart/papers.svg", "If-None-Match", etag).statusCode());
    assertFalse(etag.equals(get("/chart/papers.svg?theme=dark").headers().firstValue("ETag").orElseThrow()));

    HttpResponse<String> png = get("/chart/papers.png?height=300&width=400");
    assertEquals(200, png.statusCode());
    assertTrue(png.body().startsWith("\u0089PNG") || png.body().substring(1, 4).equals("PNG"));

    assertRedirect("/chart/papers.svg?width=760&legend=true&by=venue", "/chart/papers.svg");
    assertRedirect("/chart/papers.svg?width=800&theme=dark", "/chart/papers.svg?theme=dark&width=800");
    assertRedirect("/papers?where=&frameworks=tensorflow,pytorch,pytorch&log=false", "/papers?frameworks=pytorch,tensorflow");
    assertRedirect("/embed/github?repos=c/d,a/b&align=1", "/embed/github?align=true&repos=a/b,c/d");

    HttpResponse<String> api = get("/api/share");
    assertTrue(api.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS outside embeds");
    assertEquals("DENY", api.headers().firstValue("X-Frame-Options").orElse(""));
    assertTrue(get("/papers").headers().firstValue("Content-Security-Policy").orElse("")
        .contains("script-src 'self'; style-src 'self'"));
    assertTrue(get("/embed/papers").headers().firstValue("Content-Security-Policy").orElse("").endsWith("frame-ancestors *"));
  }

  @Test
  void embedParametersAreBoundedAndACacheBusterIsIgnored() throws Exception {
    // A cache-buster changes nothing: same chart, same ETag, no redirect; it rides along when the rest is not canonical.
    HttpResponse<String> busted = get("/chart/papers.svg?v=2");
    assertEquals(200, busted.statusCode(), busted.body());
    assertEquals(get("/chart/papers.svg").headers().firstValue("ETag"), busted.headers().firstValue("ETag"));
    assertEquals(200, get("/embed/papers?v=2").statusCode());
    assertEquals(200, get("/papers?v=2&_=1733300000").statusCode());
    assertRedirect("/chart/papers.svg?width=800&v=2&theme=dark", "/chart/papers.svg?theme=dark&width=800&v=2");
    assertRedirect("/chart/github.svg?v=a%20b&align=1", "/chart/github.svg?align=true&v=a%20b");
    // The API stays strict: a typo there fails loudly.
    assertBad("/api/share?v=2", "v", "unknown parameter 'v'");

    // A known parameter with a bad value is still a 400 naming it.
    assertBad("/chart/papers.svg?width=2401&v=2", "width", "width must be a whole number from 200 to 2400, got '2401'");
    assertBad("/chart/papers.svg?height=149", "height", "height must be a whole number from 150 to 1600, got '149'");
    assertBad("/chart/papers.svg?theme=pink", "theme", "theme must be one of light, dark, got 'pink'");
    assertBad("/chart/papers.svg?background=green", "background",
        "background must be one of solid, transparent, got 'green'");
    assertBad("/chart/papers.png?scale=4", "scale", "scale must be a whole number from 1 to 3, got '4'");
    assertBad("/chart/papers.svg?scale=2", "scale", "scale applies to PNG charts only, not .svg");
    assertBad("/papers?scale=2", "scale", "scale applies to PNG charts only");
    assertBad("/chart/papers@2x.svg", "format", "@2x is for PNG charts only");
    assertBad("/chart/papers@2x.png?scale=2", "scale", "give either @2x or scale=, not both");
    assertBad("/chart/github.svg?repos=a/b&repos=c/d", "repos", "given 2 times");

    // 2x PNG: the same chart at twice the pixels; @2x is its other name.
    assertRedirect("/chart/papers@2x.png?theme=dark&v=3", "/chart/papers.png?scale=2&theme=dark&v=3");
    java.awt.image.BufferedImage twice = png("/chart/papers.png?scale=2");
    assertEquals("1520x720", twice.getWidth() + "x" + twice.getHeight());
    assertEquals("400x300", png("/chart/papers.png?height=300&width=400").getWidth() + "x"
        + png("/chart/papers.png?height=300&width=400").getHeight());

    // Transparent: no background pixel in the PNG, no background fill in the SVG.
    assertEquals(0, png("/chart/papers.png?background=transparent").getRGB(0, 0) >>> 24, "fully transparent corner");
    assertEquals(0xff, png("/chart/papers.png").getRGB(0, 0) >>> 24, "opaque by default");
    assertTrue(get("/chart/papers.svg").body().contains("fill:rgb(255,255,255)"), "the light theme's background");
    String clear = get("/chart/papers.svg?background=transparent").body();
    assertFalse(clear.contains("fill:rgb(255,255,255)"), clear);
    assertFalse(get("/chart/papers.svg?background=transparent&theme=dark").body().contains("fill:rgb(30,30,30)"));
    assertTrue(get("/embed/papers?background=transparent").body().contains("<body class=\"embed theme-light transparent\">"));
  }

  @Test
  void chartJsonCarriesThePaletteAndRoundDateTicks() throws Exception {
    List<String> colours = new ArrayList<>();
    json("/chart/overview.json?by=none").path("series").forEach(s -> colours.add(s.path("name").asText() + " "
        + s.path("color").asText() + " " + s.path("dash")));
    assertEquals(List.of("pytorch #D55E00 []", "tensorflow #E69F00 []"), colours);
    colours.clear();
    json("/chart/papers.json").path("series").forEach(s -> colours.add(s.path("name").asText() + " " + s.path("color").asText()));
    assertEquals(List.of("cvpr #0072B2", "iclr #E69F00"), colours, "lines per venue take the palette in order");

    JsonNode axis = json("/chart/github.json").path("x_axis");
    assertEquals("date", axis.path("kind").asText());
    assertEquals("[18262,18263,18264,18779,18780]", axis.path("at").toString(), "2020-01-01.. and 2021-06-01.. as epoch days");
    assertEquals("[{\"at\":18262,\"label\":\"2020\"},{\"at\":18353,\"label\":\"Apr 2020\"},{\"at\":18444,"
        + "\"label\":\"Jul 2020\"},{\"at\":18536,\"label\":\"Oct 2020\"},{\"at\":18628,\"label\":\"2021\"},{\"at\":18718,"
        + "\"label\":\"Apr 2021\"}]", axis.path("ticks").toString());
    assertEquals("number", json("/chart/github.json?align=true").path("x_axis").path("kind").asText());
    assertEquals("category", json("/chart/papers.json").path("x_axis").path("kind").asText());
  }

  static java.awt.image.BufferedImage png(String path) throws Exception {
    HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url(path))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), path);
    assertEquals("image/png", r.headers().firstValue("Content-Type").orElse(""));
    return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(r.body()));
  }

  static void assertRedirect(String from, String to) throws Exception {
    HttpResponse<String> r = get(from);
    assertEquals(301, r.statusCode(), from);
    assertEquals(to, r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""), from);
  }

  @Test
  void chartDataAsJsonAndCsvWithDrillDownLinks() throws Exception {
    JsonNode chart = json("/chart/papers.json");
    assertEquals(List.of("2019", "2020"), List.of(chart.path("x").get(0).asText(), chart.path("x").get(1).asText()));
    List<String> series = new ArrayList<>();
    chart.path("series").forEach(s -> {
      StringBuilder sb = new StringBuilder(s.path("name").asText());
      s.path("points").forEach(p -> sb.append(' ').append(p.path("value").asDouble()).append('=')
          .append(p.path("count").asLong()).append('/').append(p.path("denominator").asLong()));
      series.add(sb.toString());
    });
    assertEquals(List.of("cvpr 75.0=3/4 80.0=4/5", "iclr 33.333=1/3 75.0=3/4"), series);
    assertEquals("/documents?framework=pytorch&venue=cvpr&where=kind:paper&year=2019",
        chart.path("series").get(0).path("points").get(0).path("drill").asText());
    assertEquals("""
        series,x,value,low,high,count,denominator
        cvpr,2019,75,30.064,95.441,3,4
        cvpr,2020,80,37.553,96.378,4,5
        iclr,2019,33.333,6.149,79.234,1,3
        iclr,2020,75,30.064,95.441,3,4
        """, get("/chart/papers.csv").body());
    // Every chart's drill link lists exactly as many documents as the point counts.
    String drill = chart.path("series").get(1).path("points").get(1).path("drill").asText();
    assertEquals(3, json(drill.replace("/documents", "/api/documents")).path("total").asLong());

    JsonNode github = json("/chart/github.json?align=true");
    assertEquals("[\"day 0\",\"day 1\",\"day 2\"]", github.path("x").toString());
    assertEquals("/documents?where=id:%22stars:a/b:2020-01-02%22",
        github.path("series").get(0).path("points").get(1).path("drill").asText());
    assertEquals(1, json("/api/documents?where=" + java.net.URLEncoder.encode("id:\"stars:a/b:2020-01-02\"", "UTF-8"))
        .path("total").asLong());
    for (String view : List.of("overview", "jobs", "huggingface")) {
      assertTrue(json("/chart/" + view + ".json").path("series").size() > 0, view);
    }

    // Split by the hub's library: the largest framework's share per library, unless frameworks= names more.
    List<String> names = new ArrayList<>();
    json("/chart/huggingface.json?by=library").path("series").forEach(s -> names.add(s.path("name").asText()));
    assertEquals(List.of("timm", "transformers"), names);
    names.clear();
    json("/chart/huggingface.json?by=library&frameworks=pytorch,tensorflow").path("series")
        .forEach(s -> names.add(s.path("name").asText()));
    assertEquals(List.of("timm pytorch", "timm tensorflow", "transformers pytorch", "transformers tensorflow"), names);
  }

  @Test
  void writeActionsNeedTheAdminToken() throws Exception {
    HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(fx.url("/api/admin/report")))
        .POST(HttpRequest.BodyPublishers.noBody());
    assertEquals(401, CLIENT.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    assertEquals(401, CLIENT.send(post.header("Authorization", "Bearer s3cre").build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
    assertEquals(0, fx.reportsWritten.get());
    HttpResponse<String> ok = CLIENT.send(HttpRequest.newBuilder(URI.create(fx.url("/api/admin/report")))
        .header("Authorization", "Bearer s3cret").POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ok.statusCode());
    assertEquals(Map.of("action", "report", "result", "report 1"), Json.mapper().readValue(ok.body(), Map.class));
  }

  @Test
  void writeActionsAreOffWithoutAToken(@TempDir Path other) throws Exception {
    try (DashboardFixture open = new DashboardFixture(other, "")) {
      HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(open.url("/api/admin/report")))
          .header("Authorization", "Bearer ").POST(HttpRequest.BodyPublishers.noBody()).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(403, r.statusCode());
      assertEquals("{\"error\":\"write actions are off: set dashboard.admin-token to enable them\"}", r.body());
      assertEquals(0, open.reportsWritten.get());
    }
  }

  @Test
  void everyRouteIsDocumentedInTheOpenApiDescription() throws Exception {
    JsonNode paths = json("/api/openapi.json").path("paths");
    TreeSet<String> documented = new TreeSet<>();
    paths.fields().forEachRemaining(e -> e.getValue().fieldNames().forEachRemaining(m -> documented.add(m + " " + e.getKey())));
    TreeSet<String> served = new TreeSet<>();
    DashboardServer.GET_ROUTES.forEach(r -> served.add("get " + r));
    DashboardServer.POST_ROUTES.forEach(r -> served.add("post " + r));
    assertEquals(served, documented);
  }

  @Test
  void pagesServeTheBundledScriptsAndEscapeTheBanner() throws Exception {
    HttpResponse<String> page = get("/papers");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<div class=\"banner\">Test &lt;data&gt;</div>"), page.body());
    assertTrue(page.body().contains("data-src=\"/chart/papers.json\""), page.body());
    assertFalse(page.body().replaceAll("<script src=\"[^\"]+\"></script>", "").contains("<script"), "no inline script");
    HttpResponse<String> lib = get(DashboardServer.CHART_JS);
    assertEquals(200, lib.statusCode(), "Chart.js must be served from the jar");
    assertTrue(lib.body().length() > 100_000, "the whole library, not a stub");
    assertTrue(get("/static/view.js").body().contains("fwChart"));
    assertEquals(302, get("/").statusCode());
    assertNull(Json.mapper().readTree(get("/nope/deeper").body()).get("parameter"));
  }
}
