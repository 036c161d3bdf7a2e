package dev.framewatch.ingest.http;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * One GET. Extra headers are where conditional requests ({@code If-None-Match}, {@code If-Modified-Since}) and API tokens go;
 * {@code User-Agent} is always the configured one.
 */
public record FetchRequest(URI url, Map<String, String> headers) {
  public FetchRequest {
    Objects.requireNonNull(url, "url");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public static FetchRequest get(URI url) {
    return new FetchRequest(url, Map.of());
  }

  public FetchRequest withHeader(String name, String value) {
    java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
    h.put(name, value);
    return new FetchRequest(url, h);
  }
}
