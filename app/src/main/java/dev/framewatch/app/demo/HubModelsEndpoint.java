package dev.framewatch.app.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import dev.framewatch.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Hub's {@code GET /api/models} listing: a JSON array per page, {@code limit} (1-1000, default 1000), {@code library}
 * filter, {@code sort=createdAt} with {@code direction=-1|1}, {@code full=true} for the long item form, and an opaque
 * {@code cursor} carried in an absolute {@code Link: <...>; rel="next"} header, absent on the last page.
 *
 * <p>Scripted failure: the first request for any listing's second page gets a 503 with {@code Retry-After: 1}, once per site,
 * so every demo run shows a crawler retrying and getting everything anyway; and the first request for the page at offset
 * {@link #SERVER_ERROR_OFFSET} gets a 500, once per site.
 */
final class HubModelsEndpoint implements DemoEndpoint {
  static final int MAX_LIMIT = 1000;
  /** The listing offset whose first request answers 500. */
  static final int SERVER_ERROR_OFFSET = 1200;

  private final List<HubModel> newestFirst;
  private final AtomicBoolean failurePending;
  private final AtomicBoolean serverErrorPending;
  private final AtomicInteger failuresServed = new AtomicInteger();
  /** The newest models not listed yet (see {@link DemoSite#holdBack}). */
  private volatile int heldBack;

  HubModelsEndpoint(List<HubModel> newestFirst, boolean scriptedFailure) {
    this.newestFirst = List.copyOf(newestFirst);
    this.failurePending = new AtomicBoolean(scriptedFailure);
    this.serverErrorPending = new AtomicBoolean(scriptedFailure);
  }

  @Override
  public String path() {
    return "/api/models";
  }

  @Override
  public String source() {
    return "huggingface";
  }

  int failuresServed() {
    return failuresServed.get();
  }

  void holdBack(int newest) {
    heldBack = Math.max(0, Math.min(newest, newestFirst.size()));
  }

  @Override
  public void handle(HttpExchange exchange, String baseUrl) throws IOException {
    if (!exchange.getRequestURI().getPath().equals(path())) {
      Responses.json(exchange, 404, "{\"error\":\"Repository not found\"}");
      return;
    }
    Map<String, String> q = Responses.query(exchange);
    int limit;
    int offset;
    try {
      limit = q.containsKey("limit") ? Integer.parseInt(q.get("limit")) : MAX_LIMIT;
      offset = q.containsKey("cursor") ? decodeCursor(q.get("cursor")) : 0;
    } catch (IllegalArgumentException e) {
      Responses.json(exchange, 400, "{\"error\":\"" + e.getMessage().replace("\"", "'") + "\"}");
      return;
    }
    if (limit < 1) {
      Responses.json(exchange, 400, "{\"error\":\"limit must be positive\"}");
      return;
    }
    limit = Math.min(limit, MAX_LIMIT);
    String sort = q.getOrDefault("sort", "createdAt");
    if (!sort.equals("createdAt")) {
      Responses.json(exchange, 400, "{\"error\":\"the demo site sorts by createdAt only\"}");
      return;
    }
    boolean ascending = "1".equals(q.get("direction"));
    if (offset > 0 && offset <= limit && failurePending.compareAndSet(true, false)) {
      failuresServed.incrementAndGet();
      exchange.getResponseHeaders().set("Retry-After", "1");
      Responses.json(exchange, 503, "{\"error\":\"Service temporarily unavailable (scripted by the demo site)\"}");
      return;
    }

    if (offset == SERVER_ERROR_OFFSET && serverErrorPending.compareAndSet(true, false)) {
      failuresServed.incrementAndGet();
      Responses.serverError(exchange);
      return;
    }

    List<HubModel> selected = select(q.get("library"), ascending);
    int end = Math.min(selected.size(), offset + limit);
    boolean full = "true".equalsIgnoreCase(q.get("full"));
    ArrayNode page = JsonNodeFactory.instance.arrayNode();
    for (int i = Math.min(offset, end); i < end; i++) {
      page.add(selected.get(i).toHubJson(full));
    }
    if (end < selected.size()) {
      exchange.getResponseHeaders().set("Link",
          "<" + baseUrl + path() + "?" + withCursor(exchange.getRequestURI().getRawQuery(), encodeCursor(end))
              + ">; rel=\"next\"");
    }
    Responses.json(exchange, 200, toJson(page));
  }

  private List<HubModel> select(String library, boolean ascending) {
    List<HubModel> out = new ArrayList<>(newestFirst.size());
    for (HubModel m : newestFirst.subList(heldBack, newestFirst.size())) {
      if (library == null || library.isEmpty() || m.matchesLibrary(library)) {
        out.add(m);
      }
    }
    if (ascending) {
      java.util.Collections.reverse(out);
    }
    return out;
  }

  /** The request's query with its cursor replaced, other parameters kept in their order and encoding. */
  private static String withCursor(String rawQuery, String cursor) {
    StringBuilder sb = new StringBuilder();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        if (!pair.isEmpty() && !pair.startsWith("cursor=")) {
          sb.append(pair).append('&');
        }
      }
    }
    return sb.append("cursor=").append(cursor).toString();
  }

  /** Opaque to clients, like the Hub's; URL-safe so it needs no escaping. */
  static String encodeCursor(int offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("{\"offset\":" + offset + "}").getBytes(StandardCharsets.UTF_8));
  }

  static int decodeCursor(String cursor) {
    try {
      String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!json.matches("\\{\"offset\":\\d{1,9}}")) {
        throw new IllegalArgumentException("Invalid cursor");
      }
      return Integer.parseInt(json.substring(10, json.length() - 1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid cursor", e);
    }
  }

  private static String toJson(ArrayNode page) {
    try {
      return Json.mapper().writeValueAsString(page);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
