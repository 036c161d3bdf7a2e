package dev.framewatch.app.demo;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo site's deliberate faults: each transient one (a 429 with {@code Retry-After: 1}, a 500) is played once per key, so
 * a crawler that retries gets the page the second time; persistent ones (a truncated body) are played on every request, so
 * they end in the dead-letter topic. Off entirely for a site started without scripted failures.
 */
final class ScriptedFailures {
  private final boolean enabled;
  private final Set<String> played = ConcurrentHashMap.newKeySet();

  ScriptedFailures(boolean enabled) {
    this.enabled = enabled;
  }

  boolean enabled() {
    return enabled;
  }

  /** True the first time {@code key} is asked, when failures are on. */
  boolean once(String key) {
    return enabled && played.add(key);
  }

  /** Transient faults played so far. */
  int played() {
    return played.size();
  }
}
