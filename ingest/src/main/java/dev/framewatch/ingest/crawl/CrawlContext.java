package dev.framewatch.ingest.crawl;

import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.CrawlState;
import java.time.Clock;
import java.util.Objects;

/**
 * What every crawler works with, whatever its source: the shared fetcher (politeness lives there), where records and dead
 * letters go, the clock that stamps them, and what earlier crawls of the source left behind.
 *
 * @param state {@link CrawlState#none()} for a crawler that remembers nothing between crawls
 */
public record CrawlContext(HttpFetcher fetcher, RecordSink sink, Clock clock, CrawlState state) {
  public CrawlContext {
    Objects.requireNonNull(fetcher, "fetcher");
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(state, "state");
  }

  /** A context on the system clock that remembers nothing between crawls. */
  public static CrawlContext of(HttpFetcher fetcher, RecordSink sink) {
    return new CrawlContext(fetcher, sink, Clock.systemUTC(), CrawlState.none());
  }
}
