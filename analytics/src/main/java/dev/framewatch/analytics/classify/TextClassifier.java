package dev.framewatch.analytics.classify;

import java.util.List;

/** A trained text classifier: the features it reads and the head over them. */
public interface TextClassifier extends AutoCloseable {
  /** {@code bow} or {@code minilm}. */
  String kind();

  LinearHead head();

  /** Predictions for the texts, in order; callers batch (the sentence encoder runs a batch at a time). */
  List<Prediction> predict(List<String> texts);

  @Override
  default void close() {}
}
