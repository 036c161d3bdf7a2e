package dev.framewatch.analytics.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classifier scored against true labels: per-class precision/recall/F1/support, their unweighted mean F1 (macro-F1, so a small
 * class counts as much as a large one), accuracy, and the confusion matrix ({@code confusion[true][predicted]} over
 * {@link #classes()}). Classes are the union of true and predicted labels, in the order given then first-seen order.
 */
public record Evaluation(List<String> classes, Map<String, ClassMetrics> perClass, double macroF1, double accuracy,
    int[][] confusion) {

  public static Evaluation of(List<String> truth, List<String> predicted, List<String> classOrder) {
    if (truth.size() != predicted.size()) {
      throw new IllegalArgumentException(truth.size() + " true labels but " + predicted.size() + " predictions");
    }
    if (truth.isEmpty()) {
      throw new IllegalArgumentException("nothing to evaluate: no labelled examples");
    }
    List<String> classes = new ArrayList<>(classOrder);
    for (List<String> ls : List.of(truth, predicted)) {
      for (String l : ls) {
        if (!classes.contains(l)) {
          classes.add(l);
        }
      }
    }
    int k = classes.size();
    int[][] confusion = new int[k][k];
    int correct = 0;
    for (int i = 0; i < truth.size(); i++) {
      int t = classes.indexOf(truth.get(i));
      int p = classes.indexOf(predicted.get(i));
      confusion[t][p]++;
      correct += t == p ? 1 : 0;
    }
    Map<String, ClassMetrics> perClass = new LinkedHashMap<>();
    double f1Sum = 0;
    int scored = 0;
    for (int c = 0; c < k; c++) {
      int tp = confusion[c][c];
      int support = 0;
      int predictedAs = 0;
      for (int o = 0; o < k; o++) {
        support += confusion[c][o];
        predictedAs += confusion[o][c];
      }
      if (support == 0 && predictedAs == 0) {
        continue; // a class named only in the order, absent from both: not part of this evaluation
      }
      double precision = predictedAs == 0 ? 0 : tp / (double) predictedAs;
      double recall = support == 0 ? 0 : tp / (double) support;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      perClass.put(classes.get(c), new ClassMetrics(precision, recall, f1, support));
      f1Sum += f1;
      scored++;
    }
    List<String> kept = new ArrayList<>(perClass.keySet());
    int[][] keptConfusion = new int[kept.size()][kept.size()];
    for (int a = 0; a < kept.size(); a++) {
      for (int b = 0; b < kept.size(); b++) {
        keptConfusion[a][b] = confusion[classes.indexOf(kept.get(a))][classes.indexOf(kept.get(b))];
      }
    }
    return new Evaluation(List.copyOf(kept), Map.copyOf(perClass), f1Sum / scored, correct / (double) truth.size(),
        keptConfusion);
  }

  public int examples() {
    int n = 0;
    for (int[] row : confusion) {
      for (int v : row) {
        n += v;
      }
    }
    return n;
  }
}
