package dev.framewatch.app.cli;

import dev.framewatch.analytics.classify.WorkProgress;
import java.io.PrintWriter;

/**
 * A {@link Progress} bar that appears when the work starts, not when it is asked for: a step that fails first (a bad file, no
 * model) draws no empty bar before its error.
 */
final class ProgressOnStart implements WorkProgress, AutoCloseable {
  private final String label;
  private final String unit;
  private final PrintWriter err;
  private Progress progress;

  ProgressOnStart(String label, String unit, PrintWriter err) {
    this.label = label;
    this.unit = unit;
    this.err = err;
  }

  @Override
  public void start(long total) {
    progress = new Progress(label, unit, total, err);
  }

  @Override
  public void advanceTo(long done) {
    if (progress != null) {
      progress.advanceTo(done);
    }
  }

  @Override
  public void close() {
    if (progress != null) {
      progress.close();
    }
  }
}
