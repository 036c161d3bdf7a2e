package dev.framewatch.ingest.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces requests to one host at least {@code interval} apart, across all threads that share the fetcher. A caller reserves
 * the next free slot and then waits for it, so concurrent callers queue up instead of all firing when the interval ends.
 *
 * <p>A host's robots.txt {@code Crawl-delay} (issue 3) belongs here, as a per-host interval overriding the default.
 */
final class HostThrottle {
  private final Clock clock;
  private final Duration interval;
  private final Map<String, Instant> nextSlot = new HashMap<>();

  HostThrottle(Clock clock, Duration interval) {
    this.clock = clock;
    this.interval = interval;
  }

  /** Takes the next slot for the URL's host and returns how long to wait for it (zero when it is now). */
  synchronized Duration reserve(URI url) {
    Instant now = clock.instant();
    String host = hostKey(url);
    Instant slot = nextSlot.getOrDefault(host, now);
    if (slot.isBefore(now)) {
      slot = now;
    }
    nextSlot.put(host, slot.plus(interval));
    return Duration.between(now, slot);
  }

  static String hostKey(URI url) {
    String host = url.getHost() == null ? String.valueOf(url.getAuthority()) : url.getHost();
    return host.toLowerCase(Locale.ROOT) + ":" + url.getPort();
  }
}
