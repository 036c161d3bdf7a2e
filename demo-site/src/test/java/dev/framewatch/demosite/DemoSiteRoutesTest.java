package dev.framewatch.demosite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** How the site routes: by path prefix to each source's services, counted per source; only GET and HEAD answered. */
class DemoSiteRoutesTest {
  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> send(DemoSite site, String method, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void eachPrefixReachesItsSourceAndEveryRequestIsCounted() throws Exception {
    try (DemoSite site = DemoSite.start(DemoCorpus.generate(DemoCorpus.DEFAULT_SEED, 30), false)) {
      assertEquals(200, send(site, "GET", "/api/models?limit=1").statusCode());
      assertEquals(200, send(site, "GET", "/careers/sitemap.xml").statusCode());
      assertEquals(200, send(site, "GET", "/api/v1/search_by_date").statusCode());
      assertEquals(200, send(site, "GET", "/CVPR2019?day=all").statusCode());
      assertEquals(200, send(site, "GET", "/repos/jax-ml/jax").statusCode());
      assertEquals("User-agent: *\nAllow: /\n", send(site, "GET", "/robots.txt").body());

      HttpResponse<String> unknown = send(site, "GET", "/nowhere");
      assertEquals(404, unknown.statusCode());
      assertEquals("{\"error\":\"not found\"}", unknown.body());
      // A service's own 404, in its own words.
      assertEquals("{\"message\":\"Not Found\"}", send(site, "GET", "/pdf/missing.pdf").body());

      assertEquals(1, site.requestsServed("huggingface"));
      assertEquals(2, site.requestsServed("jobs"));
      assertEquals(2, site.requestsServed("papers")); // the listing and the missing PDF
      assertEquals(1, site.requestsServed("github"));
      assertEquals(1, site.requestsServed("site"));
      assertEquals(1, site.requestsServed("other"));
      assertEquals(8, site.requestsServed());
    }
  }

  @Test
  void onlyGetAndHeadAreAnswered() throws Exception {
    try (DemoSite site = DemoSite.start(DemoCorpus.generate(DemoCorpus.DEFAULT_SEED, 30), false)) {
      HttpResponse<String> post = send(site, "POST", "/api/models");
      assertEquals(405, post.statusCode());
      assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
      assertEquals("{\"error\":\"method not allowed\"}", post.body());
      assertEquals(405, send(site, "DELETE", "/nowhere").statusCode());

      HttpResponse<String> get = send(site, "GET", "/repos/jax-ml/jax");
      HttpResponse<String> head = send(site, "HEAD", "/repos/jax-ml/jax");
      assertEquals(200, head.statusCode());
      assertEquals("", head.body());
      assertEquals(get.headers().firstValue("ETag"), head.headers().firstValue("ETag"));
      assertEquals("2022-11-28", head.headers().firstValue("X-GitHub-Api-Version-Selected").orElseThrow());
      assertEquals(1, site.requestsServed("huggingface"));
      assertEquals(2, site.requestsServed("github"));
      assertEquals(1, site.requestsServed("other"));
    }
  }
}
