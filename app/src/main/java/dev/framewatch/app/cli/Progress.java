package dev.framewatch.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of long work: a bar redrawn in place on a terminal, a log line every few seconds otherwise (CI logs, pipes).
 */
public final class Progress implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
  private static final long LOG_EVERY_NANOS = 5_000_000_000L;

  private final String label;
  private final String unit;
  private final PrintWriter err;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private long total;
  private long done;
  private long lastDraw;
  private boolean closed;

  public Progress(String label, String unit, long total, PrintWriter err) {
    this.label = label;
    this.unit = unit;
    this.total = total;
    this.err = err;
    this.terminal = System.console() != null && !"true".equals(System.getenv("CI"));
  }

  public synchronized void total(long total) {
    this.total = total;
  }

  public synchronized void advanceTo(long done) {
    this.done = done;
    draw(false);
  }

  public synchronized void advance(long by) {
    advanceTo(done + by);
  }

  private void draw(boolean last) {
    long now = System.nanoTime();
    if (terminal) {
      if (!last && now - lastDraw < 100_000_000L) {
        return;
      }
      lastDraw = now;
      err.print("\r" + line(now) + (last ? "\n" : ""));
      err.flush();
    } else if (last || now - lastDraw >= LOG_EVERY_NANOS) {
      lastDraw = now;
      LOG.info("{}", line(now));
    }
  }

  private String line(long now) {
    double secs = Math.max(1e-9, (now - startNanos) / 1e9);
    String rate = String.format(Locale.ROOT, "%,.0f %s/s", done / secs, unit);
    if (total > 0) {
      int width = 30;
      int filled = (int) Math.min(width, width * done / total);
      return String.format(Locale.ROOT, "%-10s [%s%s] %3d%% %,d/%,d %s, %s", label, "#".repeat(filled),
          " ".repeat(width - filled), 100 * done / total, done, total, unit, rate);
    }
    return String.format(Locale.ROOT, "%-10s %,d %s, %s", label, done, unit, rate);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    draw(true);
  }
}
