package dev.framewatch.dashboard;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The index version that cache keys and ETags use, re-read at most every {@value #MAX_AGE_MS} ms. Reading it means asking Lucene
 * whether a new commit exists (a directory listing under the share service's lock, about a millisecond): per request, at
 * hundreds of requests a second, that lock alone would queue them. A new commit is thus seen within that delay.
 */
final class IndexVersion implements Supplier<String> {
  static final long MAX_AGE_MS = 200;

  private final Supplier<String> read;
  private final AtomicReference<Seen> last = new AtomicReference<>();

  private record Seen(long atNanos, String version) {}

  IndexVersion(Supplier<String> read) {
    this.read = read;
  }

  @Override
  public String get() {
    Seen s = last.get();
    long now = System.nanoTime();
    if (s == null || now - s.atNanos() > MAX_AGE_MS * 1_000_000) {
      s = new Seen(now, read.get());
      last.set(s);
    }
    return s.version();
  }
}
