package dev.framewatch.bench;

import dev.framewatch.analytics.classify.HashedFeatures;
import dev.framewatch.analytics.classify.SparseVector;
import java.util.List;

/**
 * The peer of {@code bench classify}: multinomial naive Bayes in plain Java over the very same hashed features (feature values
 * as fractional counts, Laplace smoothing). Same features, a textbook model, no engine: the yardstick for what framewatch's
 * DJL-trained head costs at inference.
 */
final class NaiveBayesPeer {
  private final HashedFeatures features;
  private final List<String> classes;
  private final float[] logLikelihood; // bucket x class, row-major like the linear head
  private final float[] logPrior;

  NaiveBayesPeer(HashedFeatures features, List<String> classes, List<String> texts, List<String> labels) {
    this.features = features;
    this.classes = List.copyOf(classes);
    int k = classes.size();
    int d = features.dimension();
    double[] counts = new double[d * k];
    double[] totals = new double[k];
    int[] docs = new int[k];
    for (int i = 0; i < texts.size(); i++) {
      int c = classes.indexOf(labels.get(i));
      docs[c]++;
      SparseVector x = features.of(texts.get(i));
      for (int j = 0; j < x.size(); j++) {
        counts[x.indices()[j] * k + c] += x.values()[j];
        totals[c] += x.values()[j];
      }
    }
    logLikelihood = new float[d * k];
    logPrior = new float[k];
    for (int c = 0; c < k; c++) {
      logPrior[c] = (float) Math.log((docs[c] + 1.0) / (texts.size() + k));
      double denominator = Math.log(totals[c] + d);
      for (int b = 0; b < d; b++) {
        logLikelihood[b * k + c] = (float) (Math.log(counts[b * k + c] + 1) - denominator);
      }
    }
  }

  String predict(String text) {
    int k = classes.size();
    float[] score = logPrior.clone();
    SparseVector x = features.of(text);
    for (int j = 0; j < x.size(); j++) {
      int row = x.indices()[j] * k;
      float v = x.values()[j];
      for (int c = 0; c < k; c++) {
        score[c] += logLikelihood[row + c] * v;
      }
    }
    int best = 0;
    for (int c = 1; c < k; c++) {
      if (score[c] > score[best]) {
        best = c;
      }
    }
    return classes.get(best);
  }
}
