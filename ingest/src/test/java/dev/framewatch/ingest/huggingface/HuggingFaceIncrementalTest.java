package dev.framewatch.ingest.huggingface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.testing.CollectingSink;
import dev.framewatch.ingest.testing.CrashingSink;
import dev.framewatch.ingest.testing.CrawlerHarness;
import dev.framewatch.ingest.testing.ScriptedServer;
import dev.framewatch.ingest.testing.ScriptedServer.Response;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Re-crawls of the Hub listing with a persisted {@link CrawlState}: conditional first page, stop at the known, resume. */
class HuggingFaceIncrementalTest {
  private static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");
  private static final String LISTING = "/api/models?limit=3&full=true&sort=createdAt&direction=-1";

  @TempDir Path dir;
  @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
  private final ScriptedServer server = harness.server;

  private CrawlSummary crawl(RecordSink sink) {
    HuggingFaceOptions options = new HuggingFaceOptions(server.baseUrl(), List.of(), 3, 0);
    return harness.crawl(dir, "huggingface", sink, context -> new HuggingFaceCrawler(context, options));
  }

  /** Model {@code n} of the listing, created on day {@code n} of 2026: a higher number is newer. */
  private static String model(int n) {
    return String.format("{\"id\":\"lab/m%02d\",\"createdAt\":\"2026-01-%02dT10:00:00.000Z\",\"library_name\":\"timm\","
        + "\"tags\":[\"timm\"],\"downloads\":%d,\"likes\":0}", n, n, n * 10);
  }

  /** A page of models, newest first. */
  private static String page(int... models) {
    List<String> items = new ArrayList<>();
    for (int m : models) {
      items.add(model(m));
    }
    return "[" + String.join(",", items) + "]";
  }

  private Response listing(String etag, int... models) {
    return Response.json(200, page(models)).withHeader("ETag", etag);
  }

  private Response withNext(Response r, String cursor) {
    return r.withHeader("Link", "<" + server.url(LISTING + "&cursor=" + cursor) + ">; rel=\"next\"");
  }

  private static List<String> ids(int... models) {
    return IntStream.of(models).mapToObj(n -> String.format("hf:lab/m%02d", n)).toList();
  }

  @Test
  void anUnchangedListingCostsOneConditionalRequestAndPublishesNothing() {
    server.enqueue(withNext(listing("\"v1\"", 5, 4, 3), "p2"));
    server.enqueue(listing("\"p2-v1\"", 2, 1));
    CollectingSink first = new CollectingSink();
    assertEquals(new CrawlSummary("huggingface", 2, 5, 0, 0), crawl(first));
    assertEquals(ids(5, 4, 3, 2, 1), first.ids());
    assertNull(server.requests().get(0).header("If-None-Match"));

    server.enqueue(Response.status(304));
    CollectingSink second = new CollectingSink();
    CrawlSummary summary = crawl(second);

    assertEquals(new CrawlSummary("huggingface", 1, 0, 0, 0, 1, 0, 0), summary);
    assertEquals(List.of(), second.ids());
    assertEquals(3, server.requests().size());
    ScriptedServer.Request conditional = server.requests().get(2);
    assertEquals(LISTING, conditional.uri().toString());
    assertEquals("\"v1\"", conditional.header("If-None-Match"));
  }

  @Test
  void threeNewModelsArePublishedAndPagingStopsAtTheFirstKnownId() {
    server.enqueue(withNext(listing("\"v1\"", 5, 4, 3), "p2"));
    server.enqueue(listing("\"p2-v1\"", 2, 1));
    crawl(new CollectingSink());

    // Three models added on top: the first page changed, the second now starts with the newest model of the last crawl.
    server.enqueue(withNext(listing("\"v2\"", 8, 7, 6), "p2"));
    server.enqueue(withNext(listing("\"p2-v2\"", 5, 4, 3), "p3"));
    CollectingSink second = new CollectingSink();
    CrawlSummary summary = crawl(second);

    assertEquals(ids(8, 7, 6), second.ids());
    assertEquals(new CrawlSummary("huggingface", 2, 3, 0, 0, 0, 3, 0), summary);
    List<ScriptedServer.Request> requests = server.requests();
    assertEquals(4, requests.size(), "no request for the third page: paging stopped at lab/m05");
    assertEquals("\"v1\"", requests.get(2).header("If-None-Match"));
    assertEquals(LISTING + "&cursor=p2", requests.get(3).uri().toString());
    assertNull(requests.get(3).header("If-None-Match"), "only the first page is asked conditionally");

    // The stop mark moved to the newest model: a third crawl with one more model publishes just that one.
    server.enqueue(withNext(listing("\"v3\"", 9, 8, 7), "p2"));
    CollectingSink third = new CollectingSink();
    crawl(third);
    assertEquals(ids(9), third.ids());
    assertEquals("\"v2\"", server.requests().get(4).header("If-None-Match"));
    assertEquals(5, server.requests().size());
  }

  @Test
  void aKilledCrawlResumesWhereItStoppedWithFewerRequestsAndNoDuplicates() {
    // 11 models on 4 pages; the process dies on the 8th record, i.e. during page 3.
    server.enqueue(withNext(listing("\"v1\"", 11, 10, 9), "p2"));
    server.enqueue(withNext(listing("\"p2\"", 8, 7, 6), "p3"));
    server.enqueue(withNext(listing("\"p3\"", 5, 4, 3), "p4"));
    CrashingSink dying = new CrashingSink(7);
    assertThrows(CrashingSink.Killed.class, () -> crawl(dying));
    assertEquals(ids(11, 10, 9, 8, 7, 6), dying.durableIds(), "pages 1 and 2 reached Kafka, page 3 was in flight");
    assertEquals(3, server.requests().size());

    // Run again: pages 3 and 4 from the saved cursor, then the first page, conditionally, for anything added meanwhile.
    server.enqueue(withNext(listing("\"p3\"", 5, 4, 3), "p4"));
    server.enqueue(listing("\"p4\"", 2, 1));
    server.enqueue(Response.status(304));
    CollectingSink rerun = new CollectingSink();
    CrawlSummary summary = crawl(rerun);

    assertEquals(ids(5, 4, 3, 2, 1), rerun.ids());
    assertEquals(new CrawlSummary("huggingface", 3, 5, 0, 0, 1, 0, 0), summary);
    List<ScriptedServer.Request> requests = server.requests().subList(3, server.requests().size());
    assertEquals(List.of(LISTING + "&cursor=p3", LISTING + "&cursor=p4", LISTING),
        requests.stream().map(r -> r.uri().toString()).toList());
    assertEquals("\"v1\"", requests.get(2).header("If-None-Match"));
    // From scratch the rerun would have fetched all 4 pages in full and republished pages 1 and 2.
    Set<String> all = new HashSet<>(dying.durableIds());
    for (String id : rerun.ids()) {
      assertEquals(true, all.add(id), id + " published twice");
    }
    assertEquals(11, all.size());

    // And the listing is finished: nothing is resumed next time.
    server.enqueue(Response.status(304));
    CollectingSink after = new CollectingSink();
    assertEquals(new CrawlSummary("huggingface", 1, 0, 0, 0, 1, 0, 0), crawl(after));
    assertEquals(LISTING, server.requests().get(6).uri().toString());
  }
}
