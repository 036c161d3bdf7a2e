package dev.framewatch.app.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers the demo endpoints share. */
final class Responses {
  private Responses() {}

  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
    if (!head && bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  static void bytes(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
    if (!head && bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  static void html(HttpExchange exchange, String body) throws IOException {
    send(exchange, 200, "text/html; charset=utf-8", body);
  }

  static void xml(HttpExchange exchange, String contentType, String body) throws IOException {
    send(exchange, 200, contentType + "; charset=utf-8", body);
  }

  static void notFound(HttpExchange exchange) throws IOException {
    json(exchange, 404, "{\"message\":\"Not Found\"}");
  }

  /** A 429 asking the client to come back in one second. */
  static void tooManyRequests(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Retry-After", "1");
    json(exchange, 429, "{\"message\":\"Too many requests (scripted by the demo site)\"}");
  }

  static void serverError(HttpExchange exchange) throws IOException {
    json(exchange, 500, "{\"message\":\"Internal server error (scripted by the demo site)\"}");
  }

  /** The first {@code fraction} of a body, sent as if it were all of it (the length matches): a truncated document. */
  static String cut(String body, double fraction) {
    return body.substring(0, (int) (body.length() * fraction));
  }

  /** Minimal escaping for text in HTML and XML. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static void json(HttpExchange exchange, int status, String body) throws IOException {
    send(exchange, status, "application/json; charset=utf-8", body);
  }

  /** The query's parameters, decoded; the first value wins when one repeats. */
  static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> out = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
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
