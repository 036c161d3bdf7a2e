package dev.framewatch.analytics.classify;

import java.util.List;
import java.util.Random;

/**
 * The two textbook peers of the DJL-trained bag of words, over the very same hashed features and trained in plain Java: what
 * the bag of words must beat to be worth an engine. Both give a {@link LinearHead}, so they are stored, loaded and applied
 * exactly like the bag of words.
 */
public final class WordHeads {
  /** Laplace smoothing of naive Bayes: one pseudo-count per bucket and class. */
  static final double NB_ALPHA = 1.0;
  /** Logistic regression: epochs of plain SGD, a learning rate that decays per epoch, and a fixed shuffling seed. */
  static final int LR_EPOCHS = 10;
  static final double LR_RATE = 0.5;
  static final long LR_SEED = 42;

  private WordHeads() {}

  /**
   * Multinomial naive Bayes with feature values as fractional counts: weight = log P(bucket | class), bias = log P(class)
   * (add-one smoothed, so a class without examples still gets a finite, low prior).
   */
  public static LinearHead naiveBayes(List<SparseVector> xs, int[] ys, List<String> classes, int dimension) {
    int k = classes.size();
    double[] counts = new double[dimension * k];
    double[] totals = new double[k];
    int[] docs = new int[k];
    for (int i = 0; i < xs.size(); i++) {
      int c = ys[i];
      docs[c]++;
      SparseVector x = xs.get(i);
      for (int j = 0; j < x.size(); j++) {
        counts[x.indices()[j] * k + c] += x.values()[j];
        totals[c] += x.values()[j];
      }
    }
    float[] w = new float[dimension * k];
    float[] b = new float[k];
    for (int c = 0; c < k; c++) {
      b[c] = (float) Math.log((docs[c] + 1.0) / (xs.size() + k));
      double denominator = Math.log(totals[c] + NB_ALPHA * dimension);
      for (int r = 0; r < dimension; r++) {
        w[r * k + c] = (float) (Math.log(counts[r * k + c] + NB_ALPHA) - denominator);
      }
    }
    return new LinearHead(classes, dimension, w, b);
  }

  /**
   * Softmax (multinomial) logistic regression by plain stochastic gradient descent, one example at a time, no class weights
   * and no regularization but the few epochs: the textbook model, as a peer for the DJL head's choices.
   */
  public static LinearHead logistic(List<SparseVector> xs, int[] ys, List<String> classes, int dimension) {
    int k = classes.size();
    float[] w = new float[dimension * k];
    float[] b = new float[k];
    int n = xs.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(LR_SEED);
    double[] p = new double[k];
    for (int epoch = 0; epoch < LR_EPOCHS; epoch++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      float rate = (float) (LR_RATE / (1 + epoch));
      for (int i : order) {
        SparseVector x = xs.get(i);
        LinearHead current = new LinearHead(classes, dimension, w, b);
        float[] z = current.logits(x);
        double max = Double.NEGATIVE_INFINITY;
        for (float v : z) {
          max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
          p[c] = Math.exp(z[c] - max);
          sum += p[c];
        }
        for (int c = 0; c < k; c++) {
          float g = (float) (p[c] / sum - (c == ys[i] ? 1 : 0)) * rate;
          b[c] -= g;
          for (int j = 0; j < x.size(); j++) {
            w[x.indices()[j] * k + c] -= g * x.values()[j];
          }
        }
      }
    }
    return new LinearHead(classes, dimension, w, b);
  }
}
