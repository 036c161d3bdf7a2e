package dev.framewatch.demosite.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.fakeserver.FakeResponse;

/**
 * The answers the demo's services share: a page in the service's format, a 404 in GitHub's words, a document cut short on
 * purpose, and the escaping their HTML and XML need. Validators are added to every 200 by {@link Validators}.
 */
public final class SiteResponses {
  private SiteResponses() {}

  public static FakeResponse json(JsonNode body) {
    return json(200, write(body));
  }

  public static FakeResponse json(int status, String body) {
    return FakeResponse.json(status, body);
  }

  public static FakeResponse html(String body) {
    return FakeResponse.text(200, "text/html; charset=utf-8", body);
  }

  /** An XML document of {@code contentType}: {@code application/xml}, {@code application/atom+xml}. */
  public static FakeResponse xml(String contentType, String body) {
    return FakeResponse.text(200, contentType + "; charset=utf-8", body);
  }

  public static FakeResponse pdf(byte[] body) {
    return FakeResponse.bytes(200, "application/pdf", body);
  }

  public static FakeResponse notFound() {
    return json(404, "{\"message\":\"Not Found\"}");
  }

  /** The first {@code fraction} of a body, sent as if it were all of it (the length matches): a truncated document. */
  public static String cut(String body, double fraction) {
    return body.substring(0, (int) (body.length() * fraction));
  }

  /** Minimal escaping for text in HTML and XML. */
  public static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** A JSON tree as the services write it (compact, by the shared mapper). */
  public static String write(JsonNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
