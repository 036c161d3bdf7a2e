package dev.framewatch.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of long work on stderr. On a terminal: one line redrawn in place ({@code \r}) with a bar, the rate and, when the total
 * is known, the time left. Anywhere else (a file, a pipe, CI): no carriage returns and no bar, a plain line every
 * {@value #PLAIN_EVERY_SECONDS} seconds, and one at the end with the count and the time taken.
 */
public final class Progress implements AutoCloseable {
  static final int PLAIN_EVERY_SECONDS = 5;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR_WIDTH = 30;

  private final String label;
  private final String unit;
  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private final long startNanos;
  private long total;
  private long done;
  private long lastDraw;
  private int lastWidth;
  private boolean closed;

  /** @param total the work's size, 0 when unknown (then {@link #total} may give it later) */
  public Progress(String label, String unit, long total, PrintWriter err) {
    this(label, unit, total, err, Terminal.stderrIsTerminal(), System::nanoTime);
  }

  Progress(String label, String unit, long total, PrintWriter err, boolean terminal, LongSupplier nanoTime) {
    this.label = label;
    this.unit = unit;
    this.total = total;
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
    this.lastDraw = startNanos;
  }

  public synchronized void total(long total) {
    this.total = total;
  }

  public synchronized void advanceTo(long done) {
    this.done = done;
    draw();
  }

  public synchronized void advance(long by) {
    advanceTo(done + by);
  }

  private void draw() {
    long now = nanoTime.getAsLong();
    if (terminal && now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      redraw(barLine(now), false);
    } else if (!terminal && now - lastDraw >= PLAIN_EVERY_SECONDS * 1_000_000_000L) {
      lastDraw = now;
      err.println(plainLine(now));
      err.flush();
    }
  }

  /** {@code \r} and the line, padded over what a longer line before it left on screen. */
  private void redraw(String line, boolean last) {
    err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())) + (last ? "\n" : ""));
    lastWidth = line.length();
    err.flush();
  }

  /** {@code import     [#######                       ]  24% 1,234/5,000 lines, 1,000 lines/s, ETA 0:04} */
  private String barLine(long now) {
    if (total > 0) {
      int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
      return String.format(Locale.ROOT, "%-10s [%s%s] %3d%% %,d/%,d %s, %s%s", label, "#".repeat(filled),
          " ".repeat(BAR_WIDTH - filled), percent(), done, total, unit, rate(now), eta(now));
    }
    return String.format(Locale.ROOT, "%-10s %,d %s, %s", label, done, unit, rate(now));
  }

  /** {@code import: 1,234/5,000 lines (24%), 1,000 lines/s, ETA 0:04} */
  private String plainLine(long now) {
    if (total > 0) {
      return String.format(Locale.ROOT, "%s: %,d/%,d %s (%d%%), %s%s", label, done, total, unit, percent(), rate(now), eta(now));
    }
    return String.format(Locale.ROOT, "%s: %,d %s, %s", label, done, unit, rate(now));
  }

  /**
   * {@code import: 5,000 lines in 0:05, 1,000 lines/s}. The total is left out: for the indexer it is an upper bound (a compacted
   * topic has gaps), and what was done is the fact worth keeping.
   */
  private String doneLine(long now) {
    return String.format(Locale.ROOT, "%s: %,d %s in %s, %s", label, done, unit, duration(seconds(now)), rate(now));
  }

  private long percent() {
    return Math.min(100, 100 * done / total);
  }

  private double seconds(long now) {
    return (now - startNanos) / 1e9;
  }

  private String rate(long now) {
    double secs = seconds(now);
    return String.format(Locale.ROOT, "%,.0f %s/s", secs <= 0 ? 0.0 : done / secs, unit);
  }

  /** The time left at the rate so far; empty before the first unit is done (no rate to go by). */
  private String eta(long now) {
    if (done <= 0) {
      return "";
    }
    double left = Math.max(0, total - done) * seconds(now) / done;
    return ", ETA " + duration(left);
  }

  /** {@code 0:04}, {@code 12:30}, {@code 1:02:03}. */
  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    long now = nanoTime.getAsLong();
    if (terminal) {
      redraw(doneLine(now), true);
    } else {
      err.println(doneLine(now));
      err.flush();
    }
  }
}
