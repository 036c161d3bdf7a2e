package dev.framewatch.demosite.http;

import dev.framewatch.fakeserver.FakeResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo site's deliberate faults: each transient one (a 429 with {@code Retry-After: 1}, a 500) is played once per key, so
 * a crawler that retries gets the page the second time; persistent ones (a truncated body) are played on every request, so
 * they end in the dead-letter topic. Off entirely for a site started without scripted failures.
 */
public final class ScriptedFailures {
  private final boolean enabled;
  private final Set<String> played = ConcurrentHashMap.newKeySet();

  public ScriptedFailures(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  /** True the first time {@code key} is asked, when failures are on. */
  public boolean once(String key) {
    return enabled && played.add(key);
  }

  /** Transient faults played so far. */
  public int played() {
    return played.size();
  }

  /** A 429 asking the client to come back in one second. */
  public static FakeResponse tooManyRequests() {
    return retryAfterOneSecond(429, "{\"message\":\"Too many requests (scripted by the demo site)\"}");
  }

  /** {@code status} (a 429 or 503) with {@code Retry-After: 1}. */
  public static FakeResponse retryAfterOneSecond(int status, String json) {
    return FakeResponse.json(status, json).withHeader("Retry-After", "1");
  }

  public static FakeResponse serverError() {
    return FakeResponse.json(500, "{\"message\":\"Internal server error (scripted by the demo site)\"}");
  }
}
