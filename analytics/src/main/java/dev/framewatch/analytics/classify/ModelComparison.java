package dev.framewatch.analytics.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Trains each requested kind of model on the training part, scores it on the held-out part, and names the winner (highest
 * macro-F1; on a tie the first kind listed, the cheaper bag of words). The losers are closed.
 */
public final class ModelComparison {
  /** One trained candidate and its held-out evaluation. */
  public record Candidate(TextClassifier classifier, Evaluation evaluation, double trainSeconds) {}

  /** Every candidate, in the order tried, and the winner among them. */
  public record Result(List<Candidate> candidates, Candidate winner) {}

  private ModelComparison() {}

  public static Result run(ClassifierTraining training, List<String> kinds, HoldoutSplit split, List<String> classes,
      IntConsumer progress) {
    List<Candidate> out = new ArrayList<>();
    List<String> truth = split.heldOut().stream().map(LabelledText::label).toList();
    List<String> heldTexts = split.heldOut().stream().map(LabelledText::text).toList();
    for (String kind : kinds) {
      long t0 = System.nanoTime();
      TextClassifier c = training.train(kind, split.train(), classes, progress);
      double secs = (System.nanoTime() - t0) / 1e9;
      List<String> predicted = ClassifierTraining.predictAll(c, heldTexts, progress).stream().map(Prediction::label).toList();
      out.add(new Candidate(c, Evaluation.of(truth, predicted, classes), secs));
    }
    Candidate winner = out.stream().max(Comparator.comparingDouble((Candidate c) -> c.evaluation().macroF1())
        .thenComparing(c -> -out.indexOf(c))).orElseThrow();
    for (Candidate c : out) {
      if (c != winner) {
        c.classifier().close();
      }
    }
    return new Result(List.copyOf(out), winner);
  }
}
