package dev.framewatch.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The page flow every crawler shares: what each answer counts as, what it dead-letters and what it reports. */
class CrawlRunTest {
  private static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");
  private static final PageScope SCOPE = new PageScope("src", "upstream", "item", "shelf", "a");

  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final ScriptedServer server = harness.server;
  private final CollectingSink sink = harness.sink;
  private final List<PageReport> pages = new ArrayList<>();
  private final URI url = server.url("/list?page=1");

  private CrawlRun run(int maxRetries) {
    return new CrawlRun(harness.context(maxRetries), pages::add);
  }

  @Test
  void a200IsReturnedAndLeftToTheCrawlerToReport() {
    server.enqueue(Response.json(200, "[]"));
    CrawlRun run = run(0);

    FetchResult page = run.fetch(SCOPE, url, true);

    assertEquals(200, page.status());
    assertEquals(new CrawlSummary("src", 1, 0, 0, 0), run.summary("src"));
    assertEquals(List.of(), pages);
    run.report(SCOPE, url, page, 3, 1);
    assertEquals(List.of(new PageReport("src", "a", url, 200, 1, 3, 1, 0)), pages);
  }

  @Test
  void a304ToAConditionalRequestCountsAsNotModifiedAndIsReported() {
    server.enqueue(Response.status(304));
    CrawlRun run = run(0);

    FetchResult page = run.fetch(SCOPE, url, true);

    assertEquals(304, page.status());
    assertEquals(new CrawlSummary("src", 1, 0, 0, 0, 1, 0, 0), run.summary("src"));
    assertEquals(List.of(new PageReport("src", "a", url, 304, 1, 0, 0, 0)), pages);
    assertEquals(List.of(), sink.deadLetters());
  }

  @Test
  void a404IsAFailedPageDeadLetteredWithAnExcerptOfItsBody() {
    server.enqueue(Response.json(404, "{\"error\":\"gone\"}"));
    CrawlRun run = run(0);

    assertNull(run.fetch(SCOPE, url, true));

    assertEquals(new CrawlSummary("src", 1, 0, 1, 1), run.summary("src"));
    assertEquals(List.of(new DeadLetter(url.toString(), "HTTP 404", "{\"error\":\"gone\"}",
        Map.of("source", "upstream", "kind", "item", "status", "404", "shelf", "a"), NOW)), sink.deadLetters());
    assertEquals(List.of(new PageReport("src", "a", url, 404, 1, 0, 1, 0)), pages);
  }

  @Test
  void a500LeftAfterTheRetriesIsAFailedPageWithoutABody() {
    server.enqueue(Response.json(500, "{}")).enqueue(Response.json(500, "{}"));
    CrawlRun run = run(1);

    assertNull(run.fetch(SCOPE, url, true));

    assertEquals(new CrawlSummary("src", 1, 0, 1, 1), run.summary("src"));
    DeadLetter letter = sink.deadLetters().get(0);
    assertEquals("HTTP 500", letter.reason());
    assertEquals("", letter.input());
    assertEquals("500", letter.context().get("status"));
    assertEquals(List.of(new PageReport("src", "a", url, 500, 2, 0, 1, 0)), pages);
  }

  @Test
  void a304ToAnUnconditionalRequestIsAsUnusableAsAnyOtherStatus() {
    server.enqueue(Response.status(304));
    CrawlRun run = run(0);

    assertNull(run.fetch(SCOPE, url, false));

    assertEquals(new CrawlSummary("src", 1, 0, 1, 1), run.summary("src"));
    assertEquals("HTTP 304", sink.deadLetters().get(0).reason());
  }

  @Test
  void aConditionalRequestCarriesTheValidatorsKeptForItsUrlOrAnother(@TempDir Path dir) {
    URI other = server.url("/repo");
    server.enqueue(Response.json(200, "[]").withHeader("ETag", "\"v1\""));
    try (CrawlState state = CrawlState.open(dir, "src")) {
      CrawlRun first = new CrawlRun(harness.context(CrawlerHarness.fetchOptions(0), sink, state), null);
      first.checkpoint().validators(url, first.fetch(SCOPE, url, true), null);
      first.finish("src");
    }
    server.enqueue(Response.status(304)).enqueue(Response.json(200, "[]")).enqueue(Response.status(304));
    try (CrawlState state = CrawlState.open(dir, "src")) {
      CrawlRun again = new CrawlRun(harness.context(CrawlerHarness.fetchOptions(0), sink, state), null);
      assertEquals(304, again.fetch(SCOPE, url, true).status());
      assertEquals(200, again.fetch(SCOPE, other, true).status()); // none kept for it: asked plain
      assertEquals(304, again.fetch(SCOPE, FetchRequest.get(other), url).status()); // asked with the list's
      assertEquals(new CrawlSummary("src", 3, 0, 0, 0, 2, 0, 0), again.summary("src"));
    }
    List<ScriptedServer.Request> requests = server.requests();
    assertEquals(List.of("none", "\"v1\"", "none", "\"v1\""),
        requests.stream().map(r -> r.header("If-None-Match") == null ? "none" : r.header("If-None-Match")).toList());
  }

  @Test
  void reasonsAndExcerptsAreRedactedBeforeTheyLeave() {
    server.enqueue(Response.json(401, "{\"token\":\"s3cret\"}"));
    CrawlRun run = new CrawlRun(harness.context(0), null, s -> s.replace("s3cret", "<token>"));

    run.fetch(SCOPE, url, false);
    run.failPage(SCOPE, url, 200, 1, "echoed s3cret", "s3cret");

    assertEquals(List.of("HTTP 401|{\"token\":\"<token>\"}", "echoed <token>|<token>"),
        sink.deadLetters().stream().map(d -> d.reason() + "|" + d.input()).toList());
  }

  @Test
  void aRejectedItemIsADeadLetterButNotAFailedPageAndFinishFlushes() {
    CrawlRun run = run(0);

    run.rejectItem(SCOPE, url, 200, "no id", "{}");
    run.deadLetterPage(SCOPE, "https://example.org/a.pdf", 0, "bad link", "");
    run.countPage();
    run.published(5);
    run.known(2);
    run.duplicate();
    run.skipped(3);
    CrawlSummary summary = run.finish("src");

    assertEquals(new CrawlSummary("src", 1, 5, 1, 2, 0, 2, 1, 3), summary);
    assertEquals(List.of("no id", "bad link"), sink.deadLetters().stream().map(DeadLetter::reason).toList());
    assertEquals(List.of(), pages, "neither is a page report of its own");
    assertEquals(1, sink.flushes());
  }
}
