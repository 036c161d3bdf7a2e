package dev.framewatch.analytics.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Trains each requested kind of model on the training part, scores it on the held-out part (a hash hold-out, or a later-year
 * file), times its predictions there, and names the winner (highest macro-F1; on a tie the first kind listed, the cheaper
 * one). The losers are closed. {@code classify train} keeps the winner; {@code bench classify} prints them all side by side.
 */
public final class ModelComparison {
  /**
   * One trained candidate, its held-out evaluation and its throughput there.
   *
   * @param docsPerSecond held-out texts classified per second, featurizing (hashing, encoding) included
   */
  public record Candidate(TextClassifier classifier, Evaluation evaluation, double trainSeconds, double docsPerSecond) {}

  /** Every candidate, in the order tried, and the winner among them. */
  public record Result(List<Candidate> candidates, Candidate winner) {}

  private ModelComparison() {}

  public static Result run(ClassifierTraining training, List<String> kinds, HoldoutSplit split, List<String> classes,
      IntConsumer progress) {
    return run(training, kinds, split, classes, progress, true);
  }

  /** @param closeLosers false keeps every candidate open (the caller closes them): a benchmark times them again */
  public static Result run(ClassifierTraining training, List<String> kinds, HoldoutSplit split, List<String> classes,
      IntConsumer progress, boolean closeLosers) {
    List<Candidate> out = new ArrayList<>();
    List<String> truth = split.heldOut().stream().map(LabelledText::label).toList();
    List<String> heldTexts = split.heldOut().stream().map(LabelledText::text).toList();
    for (String kind : kinds) {
      long t0 = System.nanoTime();
      TextClassifier c = training.train(kind, split.train(), classes, progress);
      double secs = (System.nanoTime() - t0) / 1e9;
      long p0 = System.nanoTime();
      List<String> predicted = ClassifierTraining.predictAll(c, heldTexts, progress).stream().map(Prediction::label).toList();
      double rate = heldTexts.size() / Math.max(1e-9, (System.nanoTime() - p0) / 1e9);
      out.add(new Candidate(c, Evaluation.of(truth, predicted, classes), secs, rate));
    }
    Candidate winner = out.stream().max(Comparator.comparingDouble((Candidate c) -> c.evaluation().macroF1())
        .thenComparing(c -> -out.indexOf(c))).orElseThrow();
    if (closeLosers) {
      for (Candidate c : out) {
        if (c != winner) {
          c.classifier().close();
        }
      }
    }
    return new Result(List.copyOf(out), winner);
  }
}
