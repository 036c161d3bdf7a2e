package dev.framewatch.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits for Ctrl-C or SIGTERM and lets resources close before the JVM exits. Open it first in a try-with-resources, so that it is
 * closed last: the shutdown hook waits (up to 30 s) until everything opened after it is closed, e.g. the indexer's final commit.
 */
final class ShutdownSignal implements AutoCloseable {
  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);

  static ShutdownSignal install() {
    ShutdownSignal s = new ShutdownSignal();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      s.requested.countDown();
      try {
        s.closed.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "framewatch-shutdown"));
    return s;
  }

  boolean requested() {
    return requested.getCount() == 0;
  }

  void await() throws InterruptedException {
    requested.await();
  }

  @Override
  public void close() {
    closed.countDown();
  }
}
