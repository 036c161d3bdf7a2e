package dev.framewatch.app.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap's peak while work runs, for {@code rehearse}: a daemon thread samples {@code MemoryMXBean}'s used heap every
 * {@link #EVERY_MS} ms, keeping the highest since the last {@link #stage()} and overall. Sampling misses spikes shorter than
 * the interval, so {@link #poolsPeak()} (the heap pools' own peaks, as the collector saw them) is reported beside it.
 */
final class HeapPeak implements AutoCloseable {
  static final long EVERY_MS = 20;
  private final Thread sampler;
  private volatile boolean running = true;
  private long stagePeak;
  private long overallPeak;

  HeapPeak() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler = new Thread(this::sample, "rehearse-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    var memory = ManagementFactory.getMemoryMXBean();
    while (running) {
      record(memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(EVERY_MS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void record(long used) {
    stagePeak = Math.max(stagePeak, used);
    overallPeak = Math.max(overallPeak, used);
  }

  /** The highest sample since the previous call (or the start), then starts the next stage's. */
  synchronized long stage() {
    record(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    long peak = stagePeak;
    stagePeak = 0;
    return peak;
  }

  synchronized long overall() {
    return overallPeak;
  }

  /** The sum of the heap pools' peak usage since the start: an upper bound (pools peak at different times). */
  static long poolsPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** {@code -Xmx}, or -1 when the JVM sets no limit. */
  static long max() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
