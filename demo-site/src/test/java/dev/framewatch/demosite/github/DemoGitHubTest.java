package dev.framewatch.demosite.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Repo;
import dev.framewatch.core.record.Stars;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoCrawl;
import dev.framewatch.demosite.DemoSite;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.testing.CollectingSink;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The GitHub crawler against the demo site: repositories and exact star histories from Link-paginated stargazers. */
class DemoGitHubTest {
  @Test
  void everyRepositoryAndItsStarHistoryDespiteTheScriptedFailures() {
    DemoCorpus corpus = DemoCorpus.standard();
    CollectingSink sink = new CollectingSink();
    // The 500 (TensorFlow's repository) and the 429 (a PyTorch stargazers page), each retried once.
    CrawlSummary summary = DemoCrawl.retryingEach(corpus, "github", sink, 2);

    List<DemoRepo> repos = corpus.repos();
    assertEquals(7, repos.size());
    long pages = 0;
    long snapshots = 0;
    for (DemoRepo r : repos) {
      pages += 1 + (r.truncatedPage() > 0 ? r.truncatedPage() : r.pages(100));
      snapshots += r.truncatedPage() > 0 ? closedDaysBefore(r) : r.starDays();
    }
    assertEquals(new CrawlSummary("github", (int) pages, repos.size() + snapshots, 1, 1), summary);

    Map<String, Repo> crawled = sink.records().stream().filter(Repo.class::isInstance).map(Repo.class::cast)
        .collect(Collectors.toMap(Repo::fullName, r -> r));
    for (DemoRepo r : repos) {
      assertEquals(r.stars(), crawled.get(r.fullName()).stars());
      List<Stars> history = sink.records().stream().filter(Stars.class::isInstance).map(Stars.class::cast)
          .filter(s -> s.repo().equals(r.fullName())).toList();
      if (r.truncatedPage() > 0) {
        // A failed page stops the count there: the days closed before it are exact and published, the rest waits for the
        // next crawl, which resumes at the failed page.
        assertEquals(closedDaysBefore(r), history.size());
        assertTrue(history.size() > 0);
      } else {
        assertEquals(r.starDays(), history.size());
        assertEquals(r.stars(), history.get(history.size() - 1).stars());
      }
    }
    assertEquals(sink.records().size(), sink.records().stream().map(EvidenceRecord::id).distinct().count());
    assertTrue(sink.deadLetters().get(0).origin()
        .endsWith("/repos/huggingface/transformers/stargazers?per_page=100&page=2"));

    // The story: TensorFlow's new stars fall, PyTorch's grow, JAX's start in 2019.
    assertTrue(starsIn(corpus, "tensorflow/tensorflow", 2017) > 4 * starsIn(corpus, "tensorflow/tensorflow", 2025));
    assertTrue(starsIn(corpus, "pytorch/pytorch", 2025) > 4 * starsIn(corpus, "pytorch/pytorch", 2017));
    assertEquals(0, starsIn(corpus, "jax-ml/jax", 2017));
  }

  /** Days whose stars all lie on the pages before the truncated one, the last such day excepted (it may go on). */
  private static long closedDaysBefore(DemoRepo r) {
    return r.starredAt().subList(0, (r.truncatedPage() - 1) * 100).stream()
        .map(t -> java.time.LocalDate.ofInstant(t, java.time.ZoneOffset.UTC)).distinct().count() - 1;
  }

  @Test
  void stargazersPageLikeGitHub() throws Exception {
    try (DemoSite site = DemoSite.start(DemoCorpus.standard(), false)) {
      HttpClient client = HttpClient.newHttpClient();
      String url = site.baseUrl() + "/repos/jax-ml/jax/stargazers?per_page=100&page=2";
      HttpResponse<String> stars = client.send(HttpRequest.newBuilder(URI.create(url))
          .header("Accept", "application/vnd.github.star+json").build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, stars.statusCode());
      String base = site.baseUrl() + "/repos/jax-ml/jax/stargazers?per_page=100&page=";
      assertEquals("<" + base + "3>; rel=\"next\", <" + base + "4>; rel=\"last\", <" + base + "1>; rel=\"prev\", <" + base
          + "1>; rel=\"first\"", stars.headers().firstValue("Link").orElseThrow());
      assertTrue(stars.body().startsWith("[{\"starred_at\":\""), stars.body().substring(0, 40));
      HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(plain.body().startsWith("[{\"login\":"), plain.body().substring(0, 40));
    }
  }

  private static long starsIn(DemoCorpus corpus, String repo, int year) {
    return corpus.repos().stream().filter(r -> r.fullName().equals(repo)).findFirst().orElseThrow().starredAt().stream()
        .filter(t -> t.atZone(java.time.ZoneOffset.UTC).getYear() == year).count();
  }
}
