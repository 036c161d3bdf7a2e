package dev.framewatch.analytics.classify;

/** A unit-length sparse feature vector: bucket indices (ascending, distinct) and their values. */
public record SparseVector(int[] indices, float[] values) {
  public SparseVector {
    if (indices.length != values.length) {
      throw new IllegalArgumentException("indices and values differ in length");
    }
  }

  public int size() {
    return indices.length;
  }
}
