package dev.framewatch.analytics.classify;

/**
 * How far a long step of {@link ClassifierService} got, for a progress bar. {@link #start} comes once the step's size is known
 * and after everything that can fail fast (reading a file, loading a model), so a step that fails at once shows no empty bar.
 */
public interface WorkProgress {
  /** Reports nothing. */
  WorkProgress NONE = new WorkProgress() {
    @Override
    public void start(long total) {}

    @Override
    public void advanceTo(long done) {}
  };

  /** The step begins; {@code total} units of work (texts, documents) are ahead. */
  void start(long total);

  /** {@code done} units of the step are finished. */
  void advanceTo(long done);
}
