package dev.framewatch.app.demo;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.zip.CRC32;
import java.util.Map;

/**
 * Small helpers the demo endpoints share. Every 200 carries validators, as the real services do: a strong {@code ETag} (a
 * checksum of the body) and a {@code Last-Modified} of the corpus's as-of date; a request whose {@code If-None-Match} (or,
 * without one, {@code If-Modified-Since}) still matches gets a bodiless 304, so a crawler that keeps validators can re-crawl
 * an unchanged site almost for free.
 */
final class Responses {
  /** The demo corpus is as of this instant; nothing on the site changes after it. */
  static final ZonedDateTime LAST_MODIFIED = ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final String LAST_MODIFIED_TEXT = DateTimeFormatter.RFC_1123_DATE_TIME.format(LAST_MODIFIED);

  private Responses() {}

  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    bytes(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code ETag} of a body: its CRC-32 and length, quoted. */
  static String etag(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(bytes.length) + "\"";
  }

  private static boolean notModified(HttpExchange exchange, String etag) {
    String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.trim();
        if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
          return true;
        }
      }
      return false;
    }
    String ims = exchange.getRequestHeaders().getFirst("If-Modified-Since");
    if (ims == null) {
      return false;
    }
    try {
      return !ZonedDateTime.parse(ims.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).isBefore(LAST_MODIFIED);
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static void bytes(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if (status == 200) {
      String etag = etag(bytes);
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED_TEXT);
      if (notModified(exchange, etag)) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
    }
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
