package dev.framewatch.analytics.classify;

import java.util.List;

/**
 * A trained linear layer, one logit per class (one-vs-rest), held as plain arrays so inference needs no engine: weights are
 * {@code inputs x classes}, row-major, so a sparse input touches only the rows of its buckets.
 */
public record LinearHead(List<String> classes, int inputs, float[] weights, float[] bias) {
  public LinearHead {
    classes = List.copyOf(classes);
    if (weights.length != inputs * classes.size() || bias.length != classes.size()) {
      throw new IllegalArgumentException("weights " + weights.length + " and bias " + bias.length + " do not fit " + inputs
          + " inputs x " + classes.size() + " classes");
    }
  }

  public float[] logits(SparseVector x) {
    int k = classes.size();
    float[] out = bias.clone();
    int[] idx = x.indices();
    float[] val = x.values();
    for (int j = 0; j < idx.length; j++) {
      int row = idx[j] * k;
      float v = val[j];
      for (int c = 0; c < k; c++) {
        out[c] += weights[row + c] * v;
      }
    }
    return out;
  }

  public float[] logits(float[] x) {
    int k = classes.size();
    float[] out = bias.clone();
    for (int i = 0; i < x.length; i++) {
      int row = i * k;
      float v = x[i];
      for (int c = 0; c < k; c++) {
        out[c] += weights[row + c] * v;
      }
    }
    return out;
  }

  /** The class with the highest logit; its confidence is its softmax share over the classes' logits. */
  public Prediction decide(float[] logits) {
    int best = 0;
    for (int c = 1; c < logits.length; c++) {
      if (logits[c] > logits[best]) {
        best = c;
      }
    }
    double sum = 0;
    for (float l : logits) {
      sum += Math.exp(l - logits[best]);
    }
    return new Prediction(classes.get(best), 1 / sum);
  }
}
