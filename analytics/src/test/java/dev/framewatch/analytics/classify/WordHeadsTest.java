package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Device;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-Java peers of the bag of words: naive Bayes by hand, and both learning the toy domains. */
class WordHeadsTest {
  @Test
  void naiveBayesByHand() {
    // Two one-bucket documents in 4 buckets: class 0 saw bucket 1 once, class 1 bucket 2 once.
    List<SparseVector> xs = List.of(new SparseVector(new int[] {1}, new float[] {1}),
        new SparseVector(new int[] {2}, new float[] {1}));
    LinearHead h = WordHeads.naiveBayes(xs, new int[] {0, 1}, List.of("a", "b"), 4);
    // log((1 + 1) / (1 + 4)) for the seen bucket, log(1 / 5) for the others; priors log((1 + 1) / (2 + 2)).
    assertEquals((float) Math.log(2 / 5.0), h.weights()[1 * 2], 1e-6);
    assertEquals((float) Math.log(1 / 5.0), h.weights()[2 * 2], 1e-6);
    assertEquals((float) Math.log(0.5), h.bias()[0], 1e-6);
    assertEquals("a", h.decide(h.logits(xs.get(0))).label());
    assertEquals("b", h.decide(h.logits(xs.get(1))).label());
  }

  @Test
  void bothPeersLearnTheToyDomainsAndKeepTheirKind() {
    for (String kind : List.of("nb", "lr")) {
      TextClassifier c = new ClassifierTraining(Device.cpu()).train(kind, ToyCorpus.examples(10), Domains.ALL, n -> {});
      assertEquals(kind, c.kind());
      assertEquals("plain Java", c.engine());
      assertEquals(List.of("vision", "language", "speech"), c.predict(List.of("segmentation of camera pixels",
          "translation of a sentence with grammar", "speaker and phoneme recognition from a waveform")).stream()
          .map(Prediction::label).toList(), kind);
    }
  }

  @Test
  void theComparisonTimesEveryCandidateAndKeepsTheBest() {
    HoldoutSplit split = HoldoutSplit.of(ToyCorpus.examples(30), 20);
    ModelComparison.Result r = ModelComparison.run(new ClassifierTraining(Device.cpu()), List.of("nb", "lr", "bow"), split,
        Domains.ALL, n -> {});
    assertEquals(List.of("nb", "lr", "bow"), r.candidates().stream().map(c -> c.classifier().kind()).toList());
    List<Double> f1 = r.candidates().stream().map(c -> c.evaluation().macroF1()).toList();
    // Naive Bayes over 2^18 buckets with add-one smoothing and 72 short texts: the smoothing swamps the evidence (vision
    // held out is called language), the kind of gap the DJL head closes.
    assertEquals(List.of(0.5, 1.0, 1.0), f1);
    assertEquals("lr", r.winner().classifier().kind(), "lr and bow tie at 1.0: the first listed wins");
    for (ModelComparison.Candidate c : r.candidates()) {
      assertEquals(true, c.docsPerSecond() > 0, c.classifier().kind());
    }
  }
}
