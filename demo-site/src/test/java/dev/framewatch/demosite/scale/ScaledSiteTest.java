package dev.framewatch.demosite.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoSite;
import dev.framewatch.demosite.github.DemoRepo;
import dev.framewatch.demosite.huggingface.HubModel;
import dev.framewatch.demosite.huggingface.HubModelsEndpoint;
import dev.framewatch.demosite.papers.DemoPaper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo site at full scale, asked for its far ends without being made whole: 2,000,000 models, 500,000 preprints and
 * 200 repositories are served from lazy lists, so each test touches only the records it asks for.
 */
class ScaledSiteTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static DemoCorpus full;
  private static DemoSite site;

  @BeforeAll
  static void start() {
    full = DemoCorpus.scaled(DemoCorpus.DEFAULT_SEED, Scale.FULL);
    site = DemoSite.start(full);
  }

  @AfterAll
  static void stop() {
    site.close();
    site = null;
    full = null;
  }

  private static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.baseUrl() + pathAndQuery));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void scalesParseAsFullOrAFraction() {
    assertEquals(Scale.FULL, Scale.parse("full"));
    assertEquals(new Scale(0.01), Scale.parse("0.01"));
    assertEquals(20_000, Scale.parse("0.01").of(2_000_000));
    assertEquals(1, Scale.parse("0.000001").of(200));
    assertThrows(IllegalArgumentException.class, () -> Scale.parse("2"));
    assertThrows(IllegalArgumentException.class, () -> Scale.parse("0"));
    assertThrows(IllegalArgumentException.class, () -> Scale.parse("lots"));
  }

  @Test
  void theCorpusHasTheRealSourcesSizeAndIsTheSameEveryTime() {
    assertEquals(2_000_000, full.models().size());
    assertEquals(List.of("cs.CV", "cs.LG", "cs.CL", "cs.AI", "stat.ML"), full.arxivCategories());
    assertEquals(500_000, full.arxivListings().values().stream().mapToInt(List::size).sum());
    assertEquals(12_349, full.papers().size());
    assertEquals(200, full.repos().size());
    assertEquals(4, full.repos().stream().filter(r -> r.stars() > 40_000).count(), "several beyond GitHub's 400 pages");

    // Any record, asked in any order, is the same record: made from (seed, index) alone.
    HubModel last = full.models().get(1_999_999);
    assertEquals(last, DemoCorpus.scaled(DemoCorpus.DEFAULT_SEED, Scale.FULL).models().get(1_999_999));
    assertEquals(last, full.models().get(1_999_999));
    assertFalse(last.equals(DemoCorpus.scaled(7, Scale.FULL).models().get(1_999_999)));
    assertEquals("mgarcia/albert-3b-sst2-16v7j", last.id()); // 16v7j is 1,999,999 in base 36
    assertEquals("2019-01-01T00:11:29Z", last.createdAt().toString());
    assertEquals("2026-10-31T23:59:43Z", full.models().get(0).createdAt().toString());
    // Newest first without sorting: creation times never rise along the listing.
    for (int i = 1_999_000; i < 1_999_999; i++) {
      assertFalse(full.models().get(i + 1).createdAt().isAfter(full.models().get(i).createdAt()), "at " + i);
    }
    // The model's tags follow its year as in the small corpus: no safetensors before 2022.
    assertFalse(last.tags().contains("safetensors"), last.toString());
  }

  @Test
  void theLastModelPageIsReachedByItsCursorAndHasNoNext() throws Exception {
    String base = "/api/models?limit=1000&sort=createdAt&direction=-1";
    HttpResponse<String> before = get(base + "&cursor=" + HubModelsEndpoint.encodeCursor(1_998_000));
    assertEquals(200, before.statusCode());
    Matcher next = Pattern.compile("<(.*)>; rel=\"next\"").matcher(before.headers().firstValue("Link").orElseThrow());
    assertTrue(next.matches());
    assertEquals(site.baseUrl() + base + "&cursor=" + HubModelsEndpoint.encodeCursor(1_999_000), next.group(1));

    HttpResponse<String> last = get(next.group(1).substring(site.baseUrl().length()));
    assertEquals(200, last.statusCode());
    assertTrue(last.headers().firstValue("Link").isEmpty(), "the last page has no next");
    JsonNode items = Json.mapper().readTree(last.body());
    assertEquals(1_000, items.size());
    assertEquals(full.models().get(1_999_000).id(), items.get(0).get("id").textValue());
    assertEquals(full.models().get(1_999_999).id(), items.get(999).get("id").textValue());
  }

  @Test
  void arxivPagesByStartAndMaxResultsToTheEndOfACategory() throws Exception {
    String query = "/api/query?search_query=cat:cs.CV&sortBy=submittedDate&sortOrder=descending&max_results=10&start=";
    HttpResponse<String> nearEnd = get(query + "99990");
    assertEquals(200, nearEnd.statusCode());
    assertTrue(nearEnd.body().contains(">100000</opensearch:totalResults>"), nearEnd.body());
    assertEquals(10, count(nearEnd.body(), "<entry>"));
    DemoPaper oldest = full.arxivListings().get("cs.CV").get(99_999);
    assertTrue(nearEnd.body().contains("<id>http://arxiv.org/abs/" + oldest.sourceId() + "v1</id>"), nearEnd.body());
    assertEquals("1701.099999", oldest.sourceId());
    assertEquals(0, count(get(query + "100000").body(), "<entry>"));

    // Its PDF is made from its id alone.
    HttpResponse<String> pdf = get("/pdf/" + oldest.pdfKey());
    assertEquals(200, pdf.statusCode());
    assertTrue(pdf.body().startsWith("%PDF"));
    assertEquals(404, get("/pdf/1701.999999v1").statusCode());
  }

  @Test
  void stargazersStopAtGitHubsPage400() throws Exception {
    DemoRepo top = full.repos().get(0);
    assertEquals("pytorch/pytorch", top.fullName());
    assertEquals(250_000, top.stars());
    String accept = "application/vnd.github.star+json";
    HttpResponse<String> first = get("/repos/" + top.fullName() + "/stargazers?per_page=100&page=1", "Accept", accept);
    assertTrue(first.headers().firstValue("Link").orElseThrow().contains("page=400>; rel=\"last\""),
        first.headers().toString());
    HttpResponse<String> p400 = get("/repos/" + top.fullName() + "/stargazers?per_page=100&page=400", "Accept", accept);
    assertEquals(200, p400.statusCode());
    JsonNode items = Json.mapper().readTree(p400.body());
    assertEquals(100, items.size());
    assertEquals(top.starredAt().get(39_999).toString(), items.get(99).get("starred_at").textValue());
    HttpResponse<String> p401 = get("/repos/" + top.fullName() + "/stargazers?per_page=100&page=401", "Accept", accept);
    assertEquals(422, p401.statusCode());
    assertTrue(p401.body().contains("pagination is limited"), p401.body());
    JsonNode repo = Json.mapper().readTree(get("/repos/" + top.fullName()).body());
    assertEquals(250_000, repo.get("stargazers_count").asInt());
  }

  @Test
  void hnThreadsComeMonthlyWithTheHundredsOfPostingsRealOnesHave() throws Exception {
    // As the whoishiring account posts: a thread a month, 150 of them from January 2014 to June 2026.
    assertEquals(150, full.hnStoryIds().size());
    assertEquals("2014-01", full.hnSince());
    List<Integer> sizes = new java.util.ArrayList<>();
    List<String> titles = new java.util.ArrayList<>();
    for (String story : full.hnStoryIds()) {
      HttpResponse<String> thread = get("/api/v1/items/" + story);
      assertEquals(200, thread.statusCode(), story);
      JsonNode body = Json.mapper().readTree(thread.body());
      int postings = body.path("children").size();
      assertTrue(postings >= 300 && postings <= 900, story + ": " + postings);
      sizes.add(postings);
      titles.add(body.path("title").asText());
    }
    assertEquals(List.of(520, 383, 806), sizes.subList(0, 3));
    assertEquals(List.of(649, 636, 613), sizes.subList(147, 150));
    assertEquals(90_736, sizes.stream().mapToInt(Integer::intValue).sum());
    assertEquals("Ask HN: Who is hiring? (January 2014)", titles.get(0));
    assertEquals("Ask HN: Who is hiring? (February 2014)", titles.get(1));
    assertEquals("Ask HN: Who is hiring? (June 2026)", titles.get(149));
    // The search lists each thread with its "Who wants to be hired?" sibling, newest first.
    JsonNode search = Json.mapper().readTree(get("/api/v1/search_by_date?tags=story,author_whoishiring&hitsPerPage=1000")
        .body());
    assertEquals(300, search.path("nbHits").asInt());
    assertEquals("Ask HN: Who wants to be hired? (June 2026)", search.path("hits").get(0).path("title").asText());
    assertEquals("Ask HN: Who is hiring? (January 2014)", search.path("hits").get(299).path("title").asText());
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
