package dev.framewatch.demosite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.demosite.huggingface.HubModel;
import dev.framewatch.demosite.huggingface.HubModelGenerator;
import dev.framewatch.demosite.huggingface.HubModelsEndpoint;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.PageReport;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoSiteTest {
  private static DemoCorpus corpus;

  @BeforeAll
  static void generate() {
    corpus = DemoCorpus.standard();
  }

  @AfterAll
  static void forget() {
    corpus = null;
  }

  private static Settings settings(DemoSite site, List<String> libraries) {
    return Settings.defaults()
        .with("sources.huggingface.base-url", site.baseUrl())
        .with("sources.huggingface.page-size", 100)
        .with("sources.huggingface.libraries", libraries)
        .with("http.max-requests-per-second", 1000.0);
  }

  @Test
  void theCrawlerGetsEveryModelExactlyOnceDespiteTheScripted503And500() {
    List<PageReport> pages = new ArrayList<>();
    CollectingSink sink = new CollectingSink();
    CrawlSummary summary;
    try (DemoSite site = DemoSite.start(corpus)) {
      Settings settings = settings(site, List.of());
      summary = Sources.crawler(settings, "huggingface", sink, CrawlState.none()).crawl(pages::add);
      assertEquals(2, site.scriptedFailuresServed()); // the 503 and the 500
      assertEquals(26, site.requestsServed("huggingface")); // 24 pages, two of them twice
      assertEquals(27, site.requestsServed()); // and the fetcher's robots.txt
    }

    assertEquals(2_400, corpus.models().size());
    assertEquals(new CrawlSummary("huggingface", 24, 2_400, 0, 0), summary);
    assertEquals(corpus.models().size(), sink.records().size());
    Set<String> expected = corpus.models().stream().map(m -> "hf:" + m.id()).collect(Collectors.toSet());
    Set<String> crawled = new HashSet<>();
    for (EvidenceRecord r : sink.records()) {
      assertTrue(crawled.add(r.id()), "published twice: " + r.id());
    }
    assertEquals(expected, crawled);
    assertEquals(List.of(), sink.deadLetters());
    assertEquals(2, pages.get(1).attempts(), "the second page needed a retry");
    assertEquals(2, pages.get(12).attempts(), "the page at offset 1200 too");
    assertEquals(2, pages.stream().filter(p -> p.attempts() > 1).count());

    // Fields arrive as the corpus holds them.
    HubModel first = corpus.models().get(0);
    Model m = (Model) sink.records().get(0);
    assertEquals("hf:" + first.id(), m.id());
    assertEquals(first.tags(), m.tags());
    assertEquals(first.libraryName(), m.libraryName());
    assertEquals(first.downloads(), m.downloads());
    assertEquals(first.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), m.created());
    assertEquals(first.author(), m.extra().get("author").textValue());
  }

  @Test
  void aLibraryFilteredCrawlGetsExactlyThatLibrarysModels() {
    CollectingSink sink = new CollectingSink();
    try (DemoSite site = DemoSite.start(corpus, false)) {
      Settings settings = settings(site, List.of("diffusers", "paddlenlp"));
      CrawlSummary summary = Sources.crawler(settings, "huggingface", sink, CrawlState.none()).crawl(null);
      long diffusers = corpus.models().stream().filter(x -> "diffusers".equals(x.libraryName())).count();
      long paddle = corpus.models().stream().filter(x -> "paddlenlp".equals(x.libraryName())).count();
      assertTrue(diffusers > 100 && paddle > 10, diffusers + " / " + paddle);
      assertEquals(diffusers + paddle, summary.recordsPublished());
      assertEquals(diffusers + paddle, sink.records().stream().map(EvidenceRecord::id).distinct().count());
      assertEquals((diffusers + 99) / 100 + (paddle + 99) / 100, summary.pagesFetched());
    }
  }

  @Test
  void servesTheHubsPageFormatAndLinks() throws Exception {
    try (DemoSite site = DemoSite.start(corpus)) {
      HttpClient client = HttpClient.newHttpClient();
      String first = site.baseUrl() + "/api/models?limit=2&full=true&sort=createdAt&direction=-1&library=transformers";
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(first)).build(),
          HttpResponse.BodyHandlers.ofString());

      assertEquals(200, page.statusCode());
      assertEquals("application/json; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
      assertEquals("<" + first + "&cursor=" + HubModelsEndpoint.encodeCursor(2) + ">; rel=\"next\"",
          page.headers().firstValue("Link").orElseThrow());
      JsonNode items = Json.mapper().readTree(page.body());
      assertEquals(2, items.size());
      List<HubModel> transformers = corpus.models().stream().filter(x -> x.matchesLibrary("transformers")).toList();
      assertEquals(transformers.get(0).id(), items.get(0).get("id").textValue());
      List<String> fields = new ArrayList<>();
      items.get(0).fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("_id", "id", "likes", "private", "downloads", "tags", "pipeline_tag", "library_name", "createdAt",
          "modelId", "author", "sha", "lastModified", "gated", "disabled"), fields);
      assertTrue(items.get(0).get("createdAt").textValue().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000Z"));

      HttpResponse<String> bad = client.send(
          HttpRequest.newBuilder(URI.create(site.baseUrl() + "/api/models?cursor=nonsense")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(400, bad.statusCode());

      HttpResponse<String> robots = client.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/robots.txt")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals("User-agent: *\nAllow: /\n", robots.body());
    }
  }

  @Test
  void theCorpusIsDeterministicAndItsTagsShiftOverTime() {
    DemoCorpus again = DemoCorpus.generate(DemoCorpus.DEFAULT_SEED, DemoCorpus.DEFAULT_MODELS);
    assertEquals(corpus.models(), again.models());
    assertFalse(corpus.models().equals(DemoCorpus.generate(7, DemoCorpus.DEFAULT_MODELS).models()));

    assertEquals(2_400, corpus.models().stream().map(HubModel::id).distinct().count());
    for (HubModel m : corpus.models()) {
      java.time.LocalDate day = m.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      assertFalse(day.isBefore(HubModelGenerator.firstDay()) || day.isAfter(HubModelGenerator.lastDay()), m.toString());
    }
    for (int i = 1; i < corpus.models().size(); i++) {
      assertFalse(corpus.models().get(i).createdAt().isAfter(corpus.models().get(i - 1).createdAt()), "newest first");
    }
    double tfEarly = share(2019, 2020, "tf");
    double tfLate = share(2024, 2025, "tf");
    assertTrue(tfEarly > 0.35 && tfLate < 0.08, "tf share " + tfEarly + " -> " + tfLate);
    assertEquals(0.0, share(2019, 2021, "safetensors"));
    assertTrue(share(2025, 2026, "safetensors") > 0.9);
    assertTrue(share(2021, 2021, "jax") > share(2025, 2026, "jax"));
    assertTrue(corpus.libraries().containsAll(List.of("transformers", "diffusers", "timm", "sentence-transformers", "keras",
        "tf-keras", "peft", "paddlenlp")), corpus.libraries().toString());
  }

  /** The share of transformers models created in the years given that carry {@code tag}. */
  private static double share(int fromYear, int toYear, String tag) {
    List<HubModel> in = corpus.models().stream()
        .filter(m -> "transformers".equals(m.libraryName()))
        .filter(m -> {
          int y = m.createdAt().atZone(java.time.ZoneOffset.UTC).getYear();
          return y >= fromYear && y <= toYear;
        })
        .toList();
    return in.stream().filter(m -> m.tags().contains(tag)).count() / (double) in.size();
  }

  @Test
  void everyPageCarriesValidatorsAndAnUnchangedOneCostsA304() throws Exception {
    try (DemoSite site = DemoSite.start(corpus, false)) {
      HttpClient client = HttpClient.newHttpClient();
      for (String path : List.of("/api/models?limit=5", "/CVPR2019?day=all", "/careers/sitemap.xml", "/repos/jax-ml/jax",
          "/notes?content.venueid=ICLR.cc/2024/Conference&offset=0&limit=10")) {
        URI url = URI.create(site.baseUrl() + path);
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode(), path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("Sun, 1 Nov 2026 00:00:00 GMT", first.headers().firstValue("Last-Modified").orElseThrow());
        HttpResponse<String> again = client.send(HttpRequest.newBuilder(url).header("If-None-Match", etag).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode(), path);
        assertEquals("", again.body());
        HttpResponse<String> since = client.send(HttpRequest.newBuilder(url)
            .header("If-Modified-Since", "Sun, 1 Nov 2026 00:00:00 GMT").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, since.statusCode(), path);
        HttpResponse<String> stale = client.send(HttpRequest.newBuilder(url).header("If-None-Match", "\"other\"").build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stale.statusCode(), path);
        assertEquals(first.body(), stale.body());
      }
    }
  }
}
