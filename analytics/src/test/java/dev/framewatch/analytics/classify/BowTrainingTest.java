package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bag-of-words head trained by DJL (PyTorch, CPU) on a separable toy corpus, with a fixed seed. */
class BowTrainingTest {
  @TempDir java.nio.file.Path dir;

  private static TextClassifier train() {
    return new ClassifierTraining(Device.cpu()).train("bow", ToyCorpus.examples(30), Domains.ALL, n -> {});
  }

  @Test
  void learnsTheToyDomainsAndNeverPredictsAClassWithoutExamples() {
    TextClassifier c = train();
    List<Prediction> p = c.predict(List.of("segmentation of camera pixels", "translation of a sentence with grammar",
        "speaker and phoneme recognition from a waveform", "an image corpus"));
    assertEquals(List.of("vision", "language", "speech"), p.subList(0, 3).stream().map(Prediction::label).toList());
    for (Prediction x : p.subList(0, 3)) {
      assertTrue(x.confidence() > 0.5 && x.confidence() <= 1, x.toString());
    }
    // Two vision words against one language word.
    assertTrue(List.of("vision", "language").contains(p.get(3).label()), p.get(3).toString());
    Evaluation e = Evaluation.of(List.of("vision", "language", "speech"), p.subList(0, 3).stream().map(Prediction::label)
        .toList(), Domains.ALL);
    assertEquals(1.0, e.macroF1());
  }

  @Test
  void trainingIsDeterministicAndSurvivesSaveAndLoad() {
    TextClassifier a = train();
    TextClassifier b = train();
    assertEquals(java.util.Arrays.hashCode(a.head().weights()), java.util.Arrays.hashCode(b.head().weights()),
        "same data, same seed, same weights");
    ModelStore store = new ModelStore(dir, Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
    java.nio.file.Path saved = store.save("domain", a, dev.framewatch.core.json.Json.mapper().createObjectNode());
    assertEquals(dir.resolve("domain").resolve("20261130T120000000Z"), saved);
    ModelStore.Stored loaded = store.load("domain", Optional.empty());
    assertEquals("bow", loaded.manifest().path("kind").asText());
    assertEquals(18, loaded.manifest().path("features").path("bits").asInt());
    assertEquals(Domains.ALL.toString(), loaded.classifier().head().classes().toString());
    List<String> texts = List.of("camera detection", "grammar parsing", "acoustic audio");
    assertEquals(a.predict(texts), loaded.classifier().predict(texts));
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> store.load("usage", Optional.empty()));
    assertEquals("no usage model under " + dir.resolve("usage") + ": run `framewatch classify train --task usage` first",
        none.getMessage());
    IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
        () -> store.load("domain", Optional.of("1999")));
    assertEquals("no domain model version 1999 (have [20261130T120000000Z])", wrong.getMessage());
  }

  @Test
  void comparisonKeepsTheBetterModelOnHeldOutData() {
    HoldoutSplit split = HoldoutSplit.of(ToyCorpus.examples(30), 20);
    assertEquals(90, split.train().size() + split.heldOut().size());
    ModelComparison.Result r = ModelComparison.run(new ClassifierTraining(Device.cpu()), List.of("bow"), split, Domains.ALL,
        n -> {});
    assertEquals("bow", r.winner().classifier().kind());
    assertEquals(1.0, r.winner().evaluation().macroF1());
    assertEquals(split.heldOut().size(), r.winner().evaluation().examples());
  }
}
