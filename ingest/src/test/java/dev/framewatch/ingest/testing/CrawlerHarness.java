package dev.framewatch.ingest.testing;

import dev.framewatch.ingest.crawl.CrawlContext;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.Crawler;
import dev.framewatch.ingest.http.FetchOptions;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.CrawlState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a crawler or fetcher test sets up, once: a {@link FakeTime} (waits are asserted, not endured), a {@link ScriptedServer}
 * on it, a {@link CollectingSink}, and fetchers and {@link CrawlContext}s on that time. Register it per test; the server
 * closes after each:
 *
 * <pre>{@code
 * @RegisterExtension final CrawlerHarness harness = new CrawlerHarness(NOW);
 * private final ScriptedServer server = harness.server;
 * }</pre>
 */
public final class CrawlerHarness implements AfterEachCallback {
  /** The user agent of {@link #fetchOptions}. */
  public static final String USER_AGENT = "framewatch-test/1.0";

  public final FakeTime time;
  public final ScriptedServer server;
  /** The sink of {@link #context(int)}. */
  public final CollectingSink sink = new CollectingSink();

  public CrawlerHarness(Instant now) {
    time = new FakeTime(now);
    try {
      server = new ScriptedServer(time);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.close();
  }

  /** What the crawler tests fetch with: 2 requests per second per host, a 1 s first backoff, no robots.txt. */
  public static FetchOptions fetchOptions(int maxRetries) {
    return new FetchOptions(USER_AGENT, 2.0, Duration.ofSeconds(5), maxRetries, Duration.ofSeconds(1), Duration.ofMinutes(10));
  }

  /** A fetcher that sleeps on the fake time; its jitter is fixed at 0.5, so a backoff of B waits exactly 0.75 B. */
  public HttpFetcher fetcher(FetchOptions options) {
    return new HttpFetcher(options, HttpClient.newHttpClient(), time, time, () -> 0.5);
  }

  /** A context on {@link #sink} that remembers nothing between crawls. */
  public CrawlContext context(int maxRetries) {
    return context(fetchOptions(maxRetries), sink, CrawlState.none());
  }

  public CrawlContext context(FetchOptions options, RecordSink sink, CrawlState state) {
    return new CrawlContext(fetcher(options), sink, time, state);
  }

  /**
   * One crawl with the source's state opened from {@code stateDir} and closed after it, as in two runs of the app.
   *
   * @param crawler the crawler, on the context given
   */
  public CrawlSummary crawl(Path stateDir, String source, RecordSink sink, Function<CrawlContext, Crawler> crawler) {
    try (CrawlState state = CrawlState.open(stateDir, source)) {
      return crawler.apply(context(fetchOptions(0), sink, state)).crawl(null);
    }
  }

  /** Every request's path and query, in order. */
  public List<String> requested() {
    return requested(0);
  }

  /** The path and query of every request from the {@code from}th on, in order. */
  public List<String> requested(int from) {
    List<ScriptedServer.Request> all = server.requests();
    return all.subList(from, all.size()).stream().map(r -> r.uri().toString()).toList();
  }
}
