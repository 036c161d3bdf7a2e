package dev.framewatch.analytics.classify;

import java.util.List;

/** A trained text classifier: the features it reads and the head over them. */
public interface TextClassifier extends AutoCloseable {
  /** {@code bow}, {@code nb}, {@code lr}, {@code minilm}, {@code bge}, {@code minilm+bow} or {@code bge+bow}. */
  String kind();

  LinearHead head();

  /** What runs inference, for the lines that say so: plain Java for the word models, ONNX Runtime for the encoders. */
  default String engine() {
    return "plain Java";
  }

  /** Predictions for the texts, in order; callers batch (the sentence encoder runs a batch at a time). */
  List<Prediction> predict(List<String> texts);

  @Override
  default void close() {}
}
