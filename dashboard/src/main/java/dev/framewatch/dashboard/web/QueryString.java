package dev.framewatch.dashboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboard's one way to write a query string: parameters sorted by name (equal queries give equal URLs, so canonical
 * redirects and caches agree), names and values percent-encoded as UTF-8.
 */
public final class QueryString {
  private QueryString() {}

  /** {@code a=1&b=x%20y}, sorted by name; empty for no parameters. */
  public static String of(Map<String, String> params) {
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(params).forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(encode(k)).append('=')
        .append(encode(v)));
    return sb.toString();
  }

  /** {@code path?query}, or the bare path when there are no parameters. */
  public static String url(String path, Map<String, String> params) {
    String q = of(params);
    return q.isEmpty() ? path : path + "?" + q;
  }

  /** One name or value; blanks as {@code %20}, not {@code +}. */
  public static String encode(String v) {
    // Commas, colons and slashes are legal in a query and keep the URL readable (frameworks=pytorch,tensorflow).
    return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",").replace("%3A", ":")
        .replace("%2F", "/");
  }
}
