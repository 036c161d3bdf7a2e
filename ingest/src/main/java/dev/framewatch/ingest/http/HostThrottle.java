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
 * <p>A host may ask for more: its robots.txt {@code Crawl-delay}, or an API's documented rate (arXiv asks for 3 seconds between
 * requests). {@link #atLeast} raises that host's interval; nothing lowers it below the default.
 */
final class HostThrottle {
  private final Clock clock;
  private final Duration interval;
  private final Map<String, Instant> nextSlot = new HashMap<>();
  private final Map<String, Duration> hostInterval = new HashMap<>();

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
    nextSlot.put(host, slot.plus(intervalFor(host)));
    return Duration.between(now, slot);
  }

  /** Spaces requests to the URL's host at least {@code min} apart from now on; returns whether that raised its interval. */
  synchronized boolean atLeast(URI url, Duration min) {
    return atLeast(hostKey(url), min);
  }

  /** As {@link #atLeast(URI, Duration)}, for a {@link #hostKey}. */
  synchronized boolean atLeast(String host, Duration min) {
    if (min.compareTo(intervalFor(host)) <= 0) {
      return false;
    }
    hostInterval.put(host, min);
    return true;
  }

  synchronized Duration intervalFor(String host) {
    Duration own = hostInterval.get(host);
    return own != null && own.compareTo(interval) > 0 ? own : interval;
  }

  static String hostKey(URI url) {
    String host = url.getHost() == null ? String.valueOf(url.getAuthority()) : url.getHost();
    return host.toLowerCase(Locale.ROOT) + ":" + url.getPort();
  }
}
