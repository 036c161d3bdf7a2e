package dev.framewatch.index.count;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that count segments in parallel: one per core (at most four), shared by every counter in the process. A fixed
 * small pool rather than a thread per count, because the dashboard counts per request and threads beyond the cores only
 * contend; daemon threads, so an idle pool never keeps the JVM alive.
 */
final class SegmentPool {
  static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS, r -> {
    Thread t = new Thread(r, "framewatch-count-" + NEXT.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private SegmentPool() {}

  static ExecutorService get() {
    return POOL;
  }
}
