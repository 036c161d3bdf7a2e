package dev.framewatch.dashboard.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered responses (charts, share JSON) by key, where the key holds the index version and the canonical request: a new commit
 * makes new keys, so nothing is ever served stale and nothing needs invalidating; the oldest entries simply fall out. The ETag is
 * a digest of the key, so a client revalidating an unchanged chart gets a 304 without anything being rendered.
 */
public final class ResponseCache {
  /** A response as sent: body, content type and its entity tag. */
  public record Entry(byte[] body, String contentType, String etag) {}

  private final int capacity;
  private final Map<String, Entry> entries;
  private final Counter hits;
  private final Counter misses;

  public ResponseCache(int capacity, MeterRegistry registry) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > ResponseCache.this.capacity;
      }
    };
    this.hits = Counter.builder("dashboard.cache").tag("result", "hit").register(registry);
    this.misses = Counter.builder("dashboard.cache").tag("result", "miss").register(registry);
  }

  public static String etag(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cached entry of {@code key}, rendering it with {@code render} (outside the lock) when absent. */
  public Entry get(String key, String contentType, Supplier<byte[]> render) {
    synchronized (entries) {
      Entry e = entries.get(key);
      if (e != null) {
        hits.increment();
        return e;
      }
    }
    misses.increment();
    Entry e = new Entry(render.get(), contentType, etag(key));
    synchronized (entries) {
      entries.put(key, e);
    }
    return e;
  }

  /** Sends {@code e}, or 304 when the client already holds it. */
  public static void send(Context ctx, Entry e, String cacheControl) {
    ctx.header("ETag", e.etag());
    ctx.header("Cache-Control", cacheControl);
    String inm = ctx.header("If-None-Match");
    if (inm != null && (inm.equals(e.etag()) || inm.equals("W/" + e.etag()))) {
      ctx.status(304);
      return;
    }
    ctx.contentType(e.contentType()).result(e.body());
  }
}
