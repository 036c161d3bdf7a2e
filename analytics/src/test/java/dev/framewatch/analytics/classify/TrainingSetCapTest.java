package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code classify.max-examples-per-class}: each class cut to the cap by a hash of its texts, the same sample every time. */
class TrainingSetCapTest {
  private static TrainingSet set(int vision, int language, int speech) {
    List<LabelledText> examples = new ArrayList<>();
    for (int i = 0; i < Math.max(vision, Math.max(language, speech)); i++) {
      if (i < vision) {
        examples.add(new LabelledText("image paper " + i, "vision"));
      }
      if (i < language) {
        examples.add(new LabelledText("parsing paper " + i, "language"));
      }
      if (i < speech) {
        examples.add(new LabelledText("audio paper " + i, "speech"));
      }
    }
    return TrainingSet.of(ClassifyTask.DOMAIN, examples, Map.of("venue", examples.size()));
  }

  @Test
  void classesOverTheCapAreSampledToItAndTheRestKeptWhole() {
    TrainingSet capped = set(1_000, 300, 40).capped(250);
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("vision", 250);
    expected.put("language", 250);
    expected.put("speech", 40);
    assertEquals(expected, capped.byClass());
    assertEquals(540, capped.examples().size());
    assertEquals(Map.of("venue", 1_340, "left out by the cap", 800), capped.bySource());
    // The sample is the texts with the lowest hashes, in their original order.
    List<Long> visionHashes = set(1_000, 0, 0).examples().stream().map(e -> TrainingSet.hash(e.text())).sorted().toList();
    long threshold = visionHashes.get(249);
    List<LabelledText> expectedVision = set(1_000, 0, 0).examples().stream()
        .filter(e -> TrainingSet.hash(e.text()) <= threshold).toList();
    assertEquals(expectedVision, capped.examples().stream().filter(e -> e.label().equals("vision")).toList());
    assertEquals(capped, set(1_000, 300, 40).capped(250), "the same sample on every run");
  }

  @Test
  void aSetUnderTheCapIsReturnedAsItIs() {
    TrainingSet whole = set(100, 50, 10);
    assertSame(whole, whole.capped(100));
    assertThrows(IllegalArgumentException.class, () -> whole.capped(0));
  }

  @Test
  void equalTextsAreTakenInTheirOrder() {
    List<LabelledText> examples = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      examples.add(new LabelledText("the same abstract", i % 2 == 0 ? "vision" : "language"));
    }
    examples.add(new LabelledText("another abstract", "vision"));
    TrainingSet capped = TrainingSet.of(ClassifyTask.DOMAIN, examples, Map.of("venue", 7)).capped(2);
    // vision has three copies and one other text whose hash is higher (pinned below): the two lowest (hash, position) stay,
    // the first two copies, in their original order.
    assertTrue(TrainingSet.hash("the same abstract") < TrainingSet.hash("another abstract"));
    assertEquals(List.of(examples.get(0), examples.get(2)),
        capped.examples().stream().filter(e -> e.label().equals("vision")).toList());
    assertEquals(List.of(examples.get(1), examples.get(3)),
        capped.examples().stream().filter(e -> e.label().equals("language")).toList());
    assertEquals(Map.of("venue", 7, "left out by the cap", 3), capped.bySource());
  }

  @Test
  void theHashIsFixed() {
    // Pinned (computed independently in Python): a change of hash would change which examples every deployment trains on.
    assertEquals(7_038_399_310_694_067_525L, TrainingSet.hash("image paper 0"));
    assertEquals(-6_046_164_011_947_650_271L, TrainingSet.hash("the same abstract"));
  }
}
