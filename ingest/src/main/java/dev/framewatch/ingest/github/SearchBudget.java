package dev.framewatch.ingest.github;

import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * GitHub's search API has a budget of its own, apart from the core API's 5,000 requests an hour: 30 requests a minute with a
 * token, 10 without, announced in {@code X-RateLimit-*} headers with {@code X-RateLimit-Resource: search}. This spaces search
 * requests evenly over the minute (so a burst never spends the minute's budget at once), slows down when GitHub states a smaller
 * {@code X-RateLimit-Limit}, and when {@code X-RateLimit-Remaining} reaches 0 waits until {@code X-RateLimit-Reset}. The shared
 * fetcher's per-host pacing still applies on top; rate-limited answers (a 403 secondary limit with {@code Retry-After}) are
 * waited out and retried by the fetcher itself. Confined to one crawling thread.
 */
final class SearchBudget {
  private final Clock clock;
  private final Sleeper sleeper;
  private Duration interval;
  private Instant nextSlot = Instant.MIN;
  private Instant exhaustedUntil = Instant.MIN;

  SearchBudget(Clock clock, Sleeper sleeper, int perMinute) {
    if (perMinute <= 0) {
      throw new IllegalArgumentException("a search budget needs a positive rate, got " + perMinute);
    }
    this.clock = clock;
    this.sleeper = sleeper;
    this.interval = Duration.ofMinutes(1).dividedBy(perMinute);
  }

  /** The time between two search requests now. */
  Duration interval() {
    return interval;
  }

  /** Waits for the next request's turn. */
  void acquire() throws InterruptedException {
    Instant now = clock.instant();
    Instant at = nextSlot.isAfter(exhaustedUntil) ? nextSlot : exhaustedUntil;
    if (at.isAfter(now)) {
      sleeper.sleep(Duration.between(now, at));
      now = clock.instant().isBefore(at) ? at : clock.instant();
    }
    nextSlot = now.plus(interval);
  }

  /** Takes in what a search response says about the budget; headers of another resource are ignored. */
  void observe(FetchResult page) {
    Optional<String> resource = page.header("X-RateLimit-Resource");
    if (resource.isPresent() && !resource.get().trim().equals("search")) {
      return;
    }
    long limit = number(page.header("X-RateLimit-Limit"));
    if (limit > 0) {
      Duration stated = Duration.ofMinutes(1).dividedBy(limit);
      if (stated.compareTo(interval) > 0) {
        interval = stated; // never faster than configured, slower when GitHub says so
      }
    }
    long remaining = number(page.header("X-RateLimit-Remaining"));
    long reset = number(page.header("X-RateLimit-Reset"));
    if (remaining == 0 && reset > 0) {
      Instant at = Instant.ofEpochSecond(reset);
      if (at.isAfter(clock.instant())) {
        exhaustedUntil = at;
      }
    }
  }

  /** A header's non-negative integer, -1 when absent or not a number. */
  private static long number(Optional<String> value) {
    if (value.isEmpty() || !value.get().trim().matches("\\d{1,12}")) {
      return -1;
    }
    return Long.parseLong(value.get().trim());
  }
}
