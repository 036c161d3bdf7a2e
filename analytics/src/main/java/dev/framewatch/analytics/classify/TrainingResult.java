package dev.framewatch.analytics.classify;

import java.nio.file.Path;
import java.util.List;

/** What {@link ClassifierService#train} did: each kind of model it tried, in order, the one it kept, and where it saved it. */
public record TrainingResult(List<Candidate> candidates, Candidate kept, Path savedTo) {
  /** One kind of model, scored on the held-out examples. */
  public record Candidate(String kind, Evaluation evaluation, double trainSeconds) {}

  public TrainingResult {
    candidates = List.copyOf(candidates);
  }
}
