package dev.framewatch.ingest.crawl;

import com.typesafe.config.Config;
import dev.framewatch.core.settings.SettingsProblems;
import dev.framewatch.ingest.http.FetchOptions;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.CrawlState;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How to make one source's crawler from configuration: the source's name (its key under {@code sources.}), its options read
 * from the keys there, the checks those keys get when the configuration loads, what it adds to the shared fetch options (an
 * API's own rate), and the crawler itself. A source package holds its options and crawler; the app lists one factory per
 * source, so adding a source touches no other source and no core class.
 *
 * @param options reads the source's options from the keys under {@code sources.<source>}
 * @param fetchOptions the shared fetch options as this source needs them
 * @param keyChecks checks of the keys under {@code sources.<source>} that a bad configuration must fail at load, before any
 *     crawl (core checks what every source has: {@code base-url}, {@code schedule})
 * @param <O> the source's options
 */
public record CrawlerFactory<O>(String source, Function<Config, O> options, BiFunction<CrawlContext, O, Crawler> crawler,
    BiFunction<FetchOptions, O, FetchOptions> fetchOptions, Consumer<SettingsProblems> keyChecks) {
  public CrawlerFactory {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(crawler, "crawler");
    Objects.requireNonNull(fetchOptions, "fetchOptions");
    Objects.requireNonNull(keyChecks, "keyChecks");
  }

  /** A source that uses the shared fetch options as they are and whose keys need no check at load. */
  public static <O> CrawlerFactory<O> of(String source, Function<Config, O> options,
      BiFunction<CrawlContext, O, Crawler> crawler) {
    return new CrawlerFactory<>(source, options, crawler, (shared, o) -> shared, problems -> { });
  }

  public CrawlerFactory<O> checking(Consumer<SettingsProblems> checks) {
    return new CrawlerFactory<>(source, options, crawler, fetchOptions, checks);
  }

  public CrawlerFactory<O> fetching(BiFunction<FetchOptions, O, FetchOptions> adjust) {
    return new CrawlerFactory<>(source, options, crawler, adjust, keyChecks);
  }

  /** Runs this source's checks on its keys; problems name the full key ({@code sources.<source>.<key>}). */
  public void check(SettingsProblems all) {
    keyChecks.accept(all.under("sources." + source));
  }

  /**
   * A crawler for one crawl: its options from {@code keys} (the keys under {@code sources.<source>}), its own fetcher on the
   * shared options as the source needs them.
   */
  public Crawler create(Config keys, FetchOptions shared, RecordSink sink, Clock clock, CrawlState state) {
    O o = options.apply(keys);
    HttpFetcher fetcher = new HttpFetcher(fetchOptions.apply(shared, o));
    return crawler.apply(new CrawlContext(fetcher, sink, clock, state), o);
  }
}
