package dev.framewatch.fakeserver;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request as the server received it.
 *
 * @param sequence its place among the server's requests, from 0
 * @param target the request target exactly as sent: path and raw query, e.g. {@code /api/models?limit=2}
 * @param headers every header, looked up in any case
 * @param at when it arrived, by the server's clock (a test's fake clock, when given)
 * @param baseUrl the server's {@code http://127.0.0.1:<port>}, for absolute links in answers
 */
public record RecordedRequest(int sequence, String method, URI target, Map<String, List<String>> headers, byte[] body,
    Instant at, String baseUrl) {

  public RecordedRequest {
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> h.put(k, List.copyOf(v)));
    headers = Collections.unmodifiableMap(h);
    body = body.clone();
  }

  /** A copy: the record stays as it arrived. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The decoded path, e.g. {@code /api/models}. */
  public String path() {
    return target.getPath();
  }

  /** The absolute URL, e.g. {@code http://127.0.0.1:4711/api/models?limit=2}. */
  public URI url() {
    return URI.create(baseUrl + target);
  }

  /** The first value of a header, in any case; null when absent. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a header, in any case; empty when absent. */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(name, List.of());
  }

  /** The query's parameters, decoded, in order; the first value wins when a name repeats. */
  public Map<String, String> query() {
    Map<String, String> out = new LinkedHashMap<>();
    String raw = target.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(key, value);
    }
    return out;
  }
}
