package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  void theHashIsFixed() {
    // Pinned (computed independently in Python): a change of hash would change which examples every deployment trains on.
    assertEquals(7_038_399_310_694_067_525L, TrainingSet.hash("image paper 0"));
  }
}
