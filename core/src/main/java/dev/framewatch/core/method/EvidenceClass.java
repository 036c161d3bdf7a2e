package dev.framewatch.core.method;

/**
 * What kind of evidence made a record name a framework. Kept apart so that a method can say which kinds count, and so that a
 * reader can tell "the text says PyTorch" from "the text holds PyTorch code".
 */
public enum EvidenceClass {
  /** The framework's name or a synonym in prose ({@code frameworks} of the method file): "implemented in PyTorch". */
  NAME,
  /**
   * Code that only runs with the framework ({@code code} of the method file, counted under {@code code-evidence = counts}):
   * {@code import torch}, {@code tf.data}, {@code jnp.dot}.
   */
  CODE,
  /** A Hugging Face model's own tag, {@code library_name} or safetensors backend. */
  HUB
}
