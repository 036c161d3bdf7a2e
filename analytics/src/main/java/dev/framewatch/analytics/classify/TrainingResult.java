package dev.framewatch.analytics.classify;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ClassifierService#train} did: each kind of model it tried, in order, the one it kept, where it saved it, and where
 * it ran.
 *
 * @param device where the heads were trained and the encoders ran ({@code cpu}, {@code gpu(0)})
 */
public record TrainingResult(List<Candidate> candidates, Candidate kept, Path savedTo, String device) {
  /**
   * One kind of model, scored on the held-out examples.
   *
   * @param docsPerSecond held-out texts classified per second (featurizing included)
   * @param engine what ran its inference ({@code plain Java}, {@code ONNX Runtime 1.21.1 CPU})
   * @param trainedBy what trained its head ({@code PyTorch}, {@code plain Java})
   */
  public record Candidate(String kind, Evaluation evaluation, double trainSeconds, double docsPerSecond, String engine,
      String trainedBy) {}

  public TrainingResult {
    candidates = List.copyOf(candidates);
  }
}
