package dev.framewatch.fakeserver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers by path: first a route for the exact request target ({@code /api/models?limit=3}, as sent), then the route of
 * the longest path prefix that the path starts with ({@code /repos/} for {@code /repos/a/b}, matched as plain text, as the
 * JDK server matches its contexts), else the fallback (by default a JSON 404).
 */
public final class RoutingDispatcher implements Dispatcher {
  public static final FakeResponse NOT_FOUND = FakeResponse.json(404, "{\"error\":\"not found\"}");

  private final Map<String, Dispatcher> exact = new ConcurrentHashMap<>();
  private final Map<String, Dispatcher> byPrefix = new ConcurrentHashMap<>();
  private final Dispatcher fallback;

  public RoutingDispatcher() {
    this(request -> NOT_FOUND);
  }

  public RoutingDispatcher(Dispatcher fallback) {
    this.fallback = fallback;
  }

  /** Answers the request target {@code pathAndQuery}, exactly as sent, with {@code response}. */
  public RoutingDispatcher exact(String pathAndQuery, FakeResponse response) {
    exact.put(pathAndQuery, request -> response);
    return this;
  }

  /** Sends every request whose path starts with {@code pathPrefix} to {@code dispatcher}, unless a longer prefix matches. */
  public RoutingDispatcher prefix(String pathPrefix, Dispatcher dispatcher) {
    if (!pathPrefix.startsWith("/")) {
      throw new IllegalArgumentException("a path prefix starts with '/', got " + pathPrefix);
    }
    byPrefix.put(pathPrefix, dispatcher);
    return this;
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    Dispatcher route = exact.get(request.target().toString());
    if (route == null) {
      route = longestPrefix(request.path());
    }
    return (route == null ? fallback : route).dispatch(request);
  }

  private Dispatcher longestPrefix(String path) {
    String best = null;
    for (String prefix : byPrefix.keySet()) {
      if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? null : byPrefix.get(best);
  }
}
