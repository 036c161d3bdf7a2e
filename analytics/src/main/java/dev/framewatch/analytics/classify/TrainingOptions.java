package dev.framewatch.analytics.classify;

/**
 * How a head is trained: epochs over the data, examples per step, Adam's learning rate and the seed of the shuffling. No weight
 * decay: on unit-length hashed features even 1e-3 pulls every weight to nothing (measured; see docs/classifiers.md). Small data
 * gets more epochs, up to {@code minSteps} optimizer steps in all: a few hundred examples are otherwise only a dozen steps.
 */
public record TrainingOptions(int epochs, int batchSize, float learningRate, long seed, int minSteps) {
  public static final TrainingOptions BOW = new TrainingOptions(8, 64, 0.05f, 42, 300);
  public static final TrainingOptions DENSE = new TrainingOptions(30, 64, 0.01f, 42, 300);

  public TrainingOptions {
    if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || minSteps < 0) {
      throw new IllegalArgumentException("epochs and batch size must be at least 1 and the learning rate positive");
    }
  }

  /** Epochs for {@code n} examples: at least {@link #epochs()}, more when that would be fewer than {@link #minSteps()} steps. */
  public int epochsFor(int n) {
    int stepsPerEpoch = Math.max(1, (n + batchSize - 1) / batchSize);
    return Math.max(epochs, (minSteps + stepsPerEpoch - 1) / stepsPerEpoch);
  }
}
