package dev.framewatch.ingest.http;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One GET. Extra headers are where conditional requests ({@code If-None-Match}, {@code If-Modified-Since}) and API tokens go;
 * {@code User-Agent} is always the configured one.
 */
public record FetchRequest(URI url, Map<String, String> headers, long maxBytes, boolean keepFirstBytes) {
  /** No limit on the body's size. */
  public static final long UNLIMITED = 0;

  /**
   * @param maxBytes the largest body accepted (after decompression), {@link #UNLIMITED} for any; a larger one fails the fetch
   *     without being read to the end, so a huge PDF costs its limit, not its size
   * @param keepFirstBytes a larger body is not a failure: its first {@code maxBytes} are the result (robots.txt, which RFC 9309
   *     lets a crawler cut)
   */
  public FetchRequest {
    Objects.requireNonNull(url, "url");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must not be negative");
    }
  }

  public FetchRequest(URI url, Map<String, String> headers) {
    this(url, headers, UNLIMITED, false);
  }

  public FetchRequest(URI url, Map<String, String> headers, long maxBytes) {
    this(url, headers, maxBytes, false);
  }

  public static FetchRequest get(URI url) {
    return new FetchRequest(url, Map.of());
  }

  /**
   * A URL written somewhere a crawler reads it (a seed in the configuration, a link on a page), trimmed.
   *
   * @throws IllegalArgumentException when it is not a URL, or not an absolute one
   */
  public static URI absolute(String url) {
    URI u = URI.create(url.trim());
    if (!u.isAbsolute()) {
      throw new IllegalArgumentException("not an absolute URL");
    }
    return u;
  }

  public FetchRequest withHeader(String name, String value) {
    java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
    h.put(name, value);
    return new FetchRequest(url, h, maxBytes, keepFirstBytes);
  }

  /** Header values are left out: an {@code Authorization} token must never reach a log through a request printed whole. */
  @Override
  public String toString() {
    return "GET " + url + (headers.isEmpty() ? "" : " headers " + new java.util.TreeSet<>(headers.keySet()))
        + (maxBytes == UNLIMITED ? "" : (keepFirstBytes ? " first " : " max ") + maxBytes + " bytes");
  }

  /** A body over {@code limit} bytes fails the fetch. */
  public FetchRequest withMaxBytes(long limit) {
    return new FetchRequest(url, headers, limit, false);
  }

  /** Only the body's first {@code limit} bytes are read and returned; a longer body is cut there, not refused. */
  public FetchRequest withFirstBytes(long limit) {
    if (limit == UNLIMITED) {
      throw new IllegalArgumentException("a cut needs a limit");
    }
    return new FetchRequest(url, headers, limit, true);
  }
}
