package dev.framewatch.ingest.http;

import crawlercommons.robots.BaseRobotRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP fetcher all sources share, so that politeness is enforced in one place: the configured {@code User-Agent} on
 * every request, at most {@code http.max-requests-per-second} per host (across threads), timeouts, and retries with the waits
 * of {@link RetryPolicy}. Thread-safe.
 *
 * <p>With {@code http.respect-robots-txt} (the default) each origin's robots.txt is fetched once and obeyed before anything
 * else is requested there ({@link RobotsPolicy}: a disallowed URL costs no request, a Crawl-delay slows that host in
 * {@link HostThrottle}). Conditional requests are {@link FetchRequest} headers whose 304 comes back as an ordinary result.
 */
public final class HttpFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

  private final FetchOptions options;
  private final HttpClient client;
  private final Sleeper sleeper;
  private final HostThrottle throttle;
  private final RetryPolicy retryPolicy;
  private final RobotsPolicy robots;

  /** A fetcher on the system clock. */
  public HttpFetcher(FetchOptions options) {
    this(options, Clock.systemUTC(), Sleeper.SYSTEM);
  }

  public HttpFetcher(FetchOptions options, Clock clock, Sleeper sleeper) {
    this(options, defaultClient(options), clock, sleeper, () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * @param random values in [0, 1) for backoff jitter
   */
  public HttpFetcher(FetchOptions options, HttpClient client, Clock clock, Sleeper sleeper, DoubleSupplier random) {
    this.options = Objects.requireNonNull(options, "options");
    this.client = Objects.requireNonNull(client, "client");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.throttle = new HostThrottle(clock, options.minInterval());
    options.hostIntervals().forEach((host, interval) -> {
      if (throttle.atLeast(host, interval)) {
        LOG.info("{}: {} between requests", host, interval);
      }
    });
    this.retryPolicy = new RetryPolicy(options, clock, random);
    this.robots = new RobotsPolicy(options.robotName());
  }

  /**
   * HTTP/1.1 because a polite crawler sends one request at a time per host, and cleartext HTTP/2 upgrade requests confuse some
   * servers; redirects are followed because sites move listings around.
   */
  private static HttpClient defaultClient(FetchOptions options) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(options.timeout())
        .build();
  }

  public FetchOptions options() {
    return options;
  }

  public FetchResult get(URI url) throws FetchException {
    return fetch(FetchRequest.get(url));
  }

  /**
   * GETs a URL, retrying what {@link RetryPolicy} says is worth retrying.
   *
   * @return the response for any status that is final, including 4xx
   * @throws FetchException when the retries are exhausted or the thread is interrupted
   */
  public FetchResult fetch(FetchRequest request) throws FetchException {
    if (options.respectRobots() && !request.url().getPath().equals("/robots.txt")) {
      BaseRobotRules rules = robots.rulesFor(request.url(), this::fetchAllowed);
      if (!rules.isAllowed(request.url().toString())) {
        // No request at all: the site asked not to be crawled there.
        throw new FetchException(request.url(), 0, "disallowed by robots.txt", 0, null);
      }
      if (rules.getCrawlDelay() > 0) {
        // Honoured up to the longest wait this fetcher accepts from a server at all (a Retry-After is capped the same way).
        Duration delay = Duration.ofMillis(rules.getCrawlDelay());
        if (delay.compareTo(options.maxWait()) > 0) {
          delay = options.maxWait();
        }
        if (throttle.atLeast(request.url(), delay)) {
          LOG.info("{}: robots.txt Crawl-delay, {} between requests", HostThrottle.hostKey(request.url()), delay);
        }
      }
    }
    return fetchAllowed(request);
  }

  private FetchResult fetchAllowed(FetchRequest request) throws FetchException {
    URI url = request.url();
    HttpRequest httpRequest = build(request);
    int lastStatus = 0;
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      String reason;
      Throwable cause = null;
      try {
        pause(throttle.reserve(url), url, lastStatus, attempt);
        HttpResponse<InputStream> response = client.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
        lastStatus = response.statusCode();
        Optional<RetryPolicy.Retry> retry = retryPolicy.afterStatus(lastStatus, response.headers(), attempt);
        if (retry.isEmpty()) {
          byte[] bytes = read(response, request.maxBytes(), request.keepFirstBytes());
          if (bytes == null) {
            throw new FetchException(url, lastStatus, "body larger than " + request.maxBytes() + " bytes", attempt, null);
          }
          return new FetchResult(response.uri(), lastStatus, response.headers(), bytes, charset(response.headers()), attempt);
        }
        response.body().close();
        wait = retry.get().delay();
        reason = retry.get().reason();
      } catch (IOException e) {
        lastStatus = 0;
        wait = retryPolicy.afterIoError(attempt);
        reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        cause = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException(url, lastStatus, "interrupted", attempt, e);
      }
      if (attempt > options.maxRetries()) {
        throw new FetchException(url, lastStatus, reason, attempt, cause);
      }
      LOG.warn("GET {} attempt {}: {}; retrying in {} ms", url, attempt, reason, wait.toMillis());
      pause(wait, url, lastStatus, attempt);
    }
  }

  private void pause(Duration wait, URI url, int lastStatus, int attempt) throws FetchException {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, lastStatus, "interrupted", attempt, e);
    }
  }

  private HttpRequest build(FetchRequest request) {
    HttpRequest.Builder b = HttpRequest.newBuilder(request.url())
        .GET()
        .timeout(options.timeout())
        .header("User-Agent", options.userAgent())
        // The Hub's full model pages are megabytes of JSON that compress about tenfold.
        .header("Accept-Encoding", "gzip");
    for (Map.Entry<String, String> h : request.headers().entrySet()) {
      String name = h.getKey().toLowerCase(Locale.ROOT);
      if (!name.equals("user-agent") && !name.equals("accept-encoding")) {
        b.header(h.getKey(), h.getValue());
      }
    }
    return b.build();
  }

  /**
   * The body with gzip undone, or null when it is larger than {@code maxBytes} (0 = no limit); with {@code keepFirst} its first
   * {@code maxBytes} instead. A cut body is cut after decompression: the compressed stream is read only as far as needed.
   */
  private static byte[] read(HttpResponse<InputStream> response, long maxBytes, boolean keepFirst) throws IOException {
    boolean gzip = response.headers().firstValue("Content-Encoding").map(v -> v.trim().equalsIgnoreCase("gzip"))
        .orElse(false);
    if (keepFirst) {
      try (InputStream body = new java.io.BufferedInputStream(response.body())) {
        body.mark(1);
        boolean empty = body.read() < 0; // an empty body is no gzip stream, whatever the header says
        body.reset();
        InputStream decoded = gzip && !empty ? new GZIPInputStream(body) : body;
        return decoded.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
      }
    }
    byte[] bytes;
    try (InputStream raw = response.body()) {
      bytes = readAtMost(raw, maxBytes);
    }
    if (bytes == null || !gzip || bytes.length == 0) {
      return bytes;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return readAtMost(in, maxBytes);
    }
  }

  private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
    if (maxBytes == FetchRequest.UNLIMITED) {
      return in.readAllBytes();
    }
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    return bytes.length > maxBytes ? null : bytes;
  }

  /** The charset a {@code Content-Type} declares; UTF-8 when none or an unknown one (JSON is UTF-8 by definition). */
  static Charset charset(HttpHeaders headers) {
    Optional<String> contentType = headers.firstValue("Content-Type");
    if (contentType.isPresent()) {
      for (String param : contentType.get().split(";")) {
        String p = param.trim();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          String name = p.substring(8).trim().replace("\"", "");
          try {
            return Charset.forName(name);
          } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
