package dev.framewatch.demosite.huggingface;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.framewatch.demosite.http.ScriptedFailures;
import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.demosite.scale.LazyList;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
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
public final class HubModelsEndpoint implements Dispatcher {
  public static final String PATH = "/api/models";
  static final int MAX_LIMIT = 1000;
  /** The listing offset whose first request answers 500. */
  static final int SERVER_ERROR_OFFSET = 1200;

  private final List<HubModel> newestFirst;
  private final AtomicBoolean failurePending;
  private final AtomicBoolean serverErrorPending;
  private final AtomicInteger failuresServed = new AtomicInteger();
  /** The newest models not listed yet (see {@link #holdBack}). */
  private volatile int heldBack;

  public HubModelsEndpoint(List<HubModel> newestFirst, boolean scriptedFailure) {
    this.newestFirst = LazyList.isLazy(newestFirst) ? newestFirst : List.copyOf(newestFirst);
    this.failurePending = new AtomicBoolean(scriptedFailure);
    this.serverErrorPending = new AtomicBoolean(scriptedFailure);
  }

  /** The 503 and the 500 answered so far. */
  public int failuresServed() {
    return failuresServed.get();
  }

  /** Lists the models as if the {@code newest} ones did not exist yet; 0 lists them all again. */
  public void holdBack(int newest) {
    heldBack = Math.max(0, Math.min(newest, newestFirst.size()));
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    if (!request.path().equals(PATH)) {
      return SiteResponses.json(404, "{\"error\":\"Repository not found\"}");
    }
    Map<String, String> q = request.query();
    int limit;
    int offset;
    try {
      limit = q.containsKey("limit") ? Integer.parseInt(q.get("limit")) : MAX_LIMIT;
      offset = q.containsKey("cursor") ? decodeCursor(q.get("cursor")) : 0;
    } catch (IllegalArgumentException e) {
      return SiteResponses.json(400, "{\"error\":\"" + e.getMessage().replace("\"", "'") + "\"}");
    }
    if (limit < 1) {
      return SiteResponses.json(400, "{\"error\":\"limit must be positive\"}");
    }
    limit = Math.min(limit, MAX_LIMIT);
    if (!q.getOrDefault("sort", "createdAt").equals("createdAt")) {
      return SiteResponses.json(400, "{\"error\":\"the demo site sorts by createdAt only\"}");
    }
    if (offset > 0 && offset <= limit && failurePending.compareAndSet(true, false)) {
      failuresServed.incrementAndGet();
      return ScriptedFailures.retryAfterOneSecond(503,
          "{\"error\":\"Service temporarily unavailable (scripted by the demo site)\"}");
    }
    if (offset == SERVER_ERROR_OFFSET && serverErrorPending.compareAndSet(true, false)) {
      failuresServed.incrementAndGet();
      return ScriptedFailures.serverError();
    }
    return page(request, q, offset, limit);
  }

  private FakeResponse page(RecordedRequest request, Map<String, String> q, int offset, int limit) {
    List<HubModel> selected = select(q.get("library"), "1".equals(q.get("direction")));
    int end = Math.min(selected.size(), offset + limit);
    boolean full = "true".equalsIgnoreCase(q.get("full"));
    ArrayNode page = JsonNodeFactory.instance.arrayNode();
    for (int i = Math.min(offset, end); i < end; i++) {
      page.add(selected.get(i).toHubJson(full));
    }
    FakeResponse response = SiteResponses.json(page);
    if (end < selected.size()) {
      response = response.withHeader("Link", "<" + request.baseUrl() + PATH + "?"
          + withCursor(request.target().getRawQuery(), encodeCursor(end)) + ">; rel=\"next\"");
    }
    return response;
  }

  private List<HubModel> select(String library, boolean ascending) {
    if (library == null || library.isEmpty()) {
      // A view, not a copy: a scaled site's listing of millions is made model by model as pages ask for them.
      List<HubModel> listed = newestFirst.subList(heldBack, newestFirst.size());
      return ascending ? LazyList.reversed(listed) : listed;
    }
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
  public static String encodeCursor(int offset) {
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
}
