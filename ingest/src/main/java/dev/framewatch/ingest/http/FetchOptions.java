package dev.framewatch.ingest.http;

import dev.framewatch.core.settings.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How politely and how persistently {@link HttpFetcher} fetches.
 *
 * @param userAgent sent with every request ({@code http.user-agent})
 * @param maxRequestsPerSecond per host ({@code http.max-requests-per-second})
 * @param timeout connect and whole-response timeout ({@code http.timeout-ms})
 * @param maxRetries retries after the first attempt ({@code http.max-retries})
 * @param initialBackoff the first backoff for 5xx, I/O errors and 429 without a stated wait; doubled on every retry
 * @param maxWait no single wait is longer, whatever a server asks for
 * @param respectRobots fetch each host's robots.txt first and never request what it disallows ({@code http.respect-robots-txt})
 * @param hostIntervals per host ({@link HostThrottle#hostKey}), a minimum time between requests slower than the configured
 *     rate: for APIs that state their own (arXiv asks for one request every 3 seconds)
 */
public record FetchOptions(
    String userAgent, double maxRequestsPerSecond, Duration timeout, int maxRetries, Duration initialBackoff, Duration maxWait,
    boolean respectRobots, Map<String, Duration> hostIntervals) {
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(10);

  public FetchOptions {
    Objects.requireNonNull(userAgent, "userAgent");
    if (!(maxRequestsPerSecond > 0)) {
      throw new IllegalArgumentException("maxRequestsPerSecond must be positive, got " + maxRequestsPerSecond);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
    }
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxWait, "maxWait");
    hostIntervals = Map.copyOf(hostIntervals);
  }

  public FetchOptions(
      String userAgent, double maxRequestsPerSecond, Duration timeout, int maxRetries, Duration initialBackoff, Duration maxWait,
      boolean respectRobots) {
    this(userAgent, maxRequestsPerSecond, timeout, maxRetries, initialBackoff, maxWait, respectRobots, Map.of());
  }

  /** Options without robots.txt checks: for tests that script every response of a server. */
  public FetchOptions(
      String userAgent, double maxRequestsPerSecond, Duration timeout, int maxRetries, Duration initialBackoff, Duration maxWait) {
    this(userAgent, maxRequestsPerSecond, timeout, maxRetries, initialBackoff, maxWait, false);
  }

  public static FetchOptions from(Settings settings) {
    return new FetchOptions(settings.httpUserAgent(), settings.httpMaxRequestsPerSecond(),
        Duration.ofMillis(settings.httpTimeoutMs()), settings.httpMaxRetries(), DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_WAIT,
        settings.httpRespectRobots());
  }

  public FetchOptions withRespectRobots(boolean respect) {
    return new FetchOptions(userAgent, maxRequestsPerSecond, timeout, maxRetries, initialBackoff, maxWait, respect,
        hostIntervals);
  }

  /**
   * These options with requests to {@code url}'s host spaced at least {@code interval} apart. Only ever slows a host down:
   * the longer of this and an interval already given wins, and the configured rate still applies when it is slower.
   */
  public FetchOptions withMinInterval(URI url, Duration interval) {
    Map<String, Duration> intervals = new HashMap<>(hostIntervals);
    intervals.merge(HostThrottle.hostKey(url), interval, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    return new FetchOptions(userAgent, maxRequestsPerSecond, timeout, maxRetries, initialBackoff, maxWait, respectRobots,
        intervals);
  }

  /** The name robots.txt groups are matched against: the first product token of the User-Agent, e.g. {@code framewatch}. */
  public String robotName() {
    String first = userAgent.trim().split("[\\s/;(]+")[0];
    return first.isEmpty() ? "framewatch" : first.toLowerCase(java.util.Locale.ROOT);
  }

  /** The minimum time between two requests to one host. */
  public Duration minInterval() {
    return Duration.ofNanos(Math.round(1_000_000_000d / maxRequestsPerSecond));
  }
}
