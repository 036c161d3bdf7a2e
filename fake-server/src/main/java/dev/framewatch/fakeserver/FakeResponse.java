package dev.framewatch.fakeserver;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer: status, headers (sent as given, in order) and body.
 *
 * <p>A body is sent whole, with a matching {@code Content-Length}, unless {@link #truncatedAfter} says the transfer breaks
 * off: then {@code Content-Length} announces the whole body, only the first {@code breakAfter} bytes are sent, and the
 * connection is closed, as when an upstream dies mid-response. (A document that is merely cut short, with a length that
 * matches, is an ordinary response with a shorter body.)
 *
 * @param breakAfter how many body bytes are sent before the connection closes; -1 for a complete response
 */
public record FakeResponse(int status, Map<String, String> headers, byte[] body, int breakAfter) {
  public static final String JSON = "application/json; charset=utf-8";

  public FakeResponse {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("status must have three digits, got " + status);
    }
    if (breakAfter < -1 || breakAfter > body.length) {
      throw new IllegalArgumentException("breakAfter must be -1 or within the body's " + body.length + " bytes, got "
          + breakAfter);
    }
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body.clone();
  }

  /** A bodiless answer, e.g. {@code status(304)}. */
  public static FakeResponse status(int status) {
    return new FakeResponse(status, Map.of(), new byte[0], -1);
  }

  public static FakeResponse json(int status, String body) {
    return text(status, JSON, body);
  }

  /** A UTF-8 body of {@code contentType} (which should name its charset, e.g. {@code text/html; charset=utf-8}). */
  public static FakeResponse text(int status, String contentType, String body) {
    return bytes(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public static FakeResponse bytes(int status, String contentType, byte[] body) {
    return new FakeResponse(status, Map.of("Content-Type", contentType), body, -1);
  }

  /** This answer with {@code name} set to {@code value}, replacing a header of that name in any case. */
  public FakeResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.keySet().removeIf(name::equalsIgnoreCase);
    h.put(name, value);
    return new FakeResponse(status, h, body, breakAfter);
  }

  /** This answer's headers under another status, without a body: a 304 for a 200, say. */
  public FakeResponse withoutBody(int newStatus) {
    return new FakeResponse(newStatus, headers, new byte[0], -1);
  }

  /** This answer, its transfer broken off after {@code bytes} body bytes (see the class comment). */
  public FakeResponse truncatedAfter(int bytes) {
    return new FakeResponse(status, headers, body, bytes);
  }

  /** A copy: the answer stays as it was made. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The first header of that name, in any case; null when absent. */
  public String header(String name) {
    return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
        .orElse(null);
  }

  int length() {
    return body.length;
  }

  /** The bytes to send: all of them, or the part before the break. */
  byte[] sentBytes() {
    return breakAfter < 0 ? body.clone() : java.util.Arrays.copyOf(body, breakAfter);
  }
}
