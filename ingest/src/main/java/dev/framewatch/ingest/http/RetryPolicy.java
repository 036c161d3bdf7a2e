package dev.framewatch.ingest.http;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Decides whether a response or an I/O error is worth another attempt, and how long to wait first.
 *
 * <p>Retried: 429; 403 when it is a rate limit ({@code Retry-After} present or {@code X-RateLimit-Remaining: 0}, as GitHub
 * answers); 5xx except 501 and 505, which repeating cannot fix; I/O errors and timeouts. A wait the server states is honoured
 * ({@code Retry-After} in seconds or as an HTTP-date, else {@code X-RateLimit-Reset} in epoch seconds); otherwise the wait is
 * exponential backoff with jitter, so that many clients failing together do not retry together. No wait exceeds
 * {@link FetchOptions#maxWait()}.
 */
final class RetryPolicy {
  /** Why and how long, for one retry. */
  record Retry(Duration delay, String reason) {}

  private final FetchOptions options;
  private final Clock clock;
  private final DoubleSupplier random;

  RetryPolicy(FetchOptions options, Clock clock, DoubleSupplier random) {
    this.options = options;
    this.clock = clock;
    this.random = random;
  }

  /** Empty when the status is final (success, 304, 404, ...). {@code attempt} counts from 1. */
  Optional<Retry> afterStatus(int status, HttpHeaders headers, int attempt) {
    boolean rateLimited = status == 429
        || (status == 403 && (headers.firstValue("Retry-After").isPresent()
            || headers.firstValue("X-RateLimit-Remaining").map(String::trim).filter("0"::equals).isPresent()));
    boolean serverError = status >= 500 && status <= 599 && status != 501 && status != 505;
    if (!rateLimited && !serverError) {
      return Optional.empty();
    }
    String reason = "HTTP " + status + (rateLimited ? " (rate limited)" : "");
    Optional<Duration> stated = statedWait(headers);
    Duration wait = stated.orElseGet(() -> backoff(attempt));
    return Optional.of(new Retry(cap(wait), reason));
  }

  /** The wait after an I/O error on attempt {@code attempt}. */
  Duration afterIoError(int attempt) {
    return backoff(attempt);
  }

  /** Exponential backoff with "equal jitter": between half and all of {@code initial * 2^(attempt-1)}, capped. */
  Duration backoff(int attempt) {
    long base = options.initialBackoff().toMillis() << Math.min(Math.max(attempt - 1, 0), 20);
    long capped = Math.min(base, options.maxWait().toMillis());
    long half = capped / 2;
    return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half)));
  }

  /** What the server asked for: {@code Retry-After}, else {@code X-RateLimit-Reset}; empty when neither parses to a future. */
  Optional<Duration> statedWait(HttpHeaders headers) {
    Instant now = clock.instant();
    Optional<Duration> retryAfter = headers.firstValue("Retry-After").flatMap(v -> parseRetryAfter(v, now));
    if (retryAfter.isPresent()) {
      return retryAfter;
    }
    return headers.firstValue("X-RateLimit-Reset").flatMap(v -> parseEpochReset(v, now));
  }

  private Duration cap(Duration wait) {
    return wait.compareTo(options.maxWait()) > 0 ? options.maxWait() : wait;
  }

  /** {@code Retry-After}: delay-seconds or an HTTP-date (RFC 9110 10.2.3). A date in the past means "now". */
  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    String v = value.trim();
    if (v.matches("\\d{1,10}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code X-RateLimit-Reset}: the epoch second the quota renews. Empty when it does not parse or has passed. */
  static Optional<Duration> parseEpochReset(String value, Instant now) {
    String v = value.trim();
    if (!v.matches("\\d{1,12}")) {
      return Optional.empty();
    }
    Instant at = Instant.ofEpochSecond(Long.parseLong(v));
    return at.isAfter(now) ? Optional.of(Duration.between(now, at)) : Optional.empty();
  }
}
