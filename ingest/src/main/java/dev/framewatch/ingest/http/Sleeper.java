package dev.framewatch.ingest.http;

import java.time.Duration;

/** Waits; injected so that tests of rate limits and backoff run in no time and can assert how long the fetcher waited. */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
