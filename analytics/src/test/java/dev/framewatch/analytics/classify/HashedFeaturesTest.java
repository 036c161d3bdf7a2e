package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HashedFeaturesTest {
  @Test
  void unigramsAndBigramsWithLogCountsAtUnitLength() {
    // "a b a": unigrams a (twice) and b, bigrams "a b" and "b a" -> four buckets, log1p(2) once and log1p(1) three times.
    SparseVector v = HashedFeatures.STANDARD.of("A, b; a!");
    assertEquals(4, v.size());
    float[] sorted = v.values().clone();
    Arrays.sort(sorted);
    double norm = Math.sqrt(Math.pow(Math.log1p(2), 2) + 3 * Math.pow(Math.log1p(1), 2));
    float small = (float) (Math.log1p(1) / norm);
    float large = (float) (Math.log1p(2) / norm);
    assertArrayEquals(new float[] {small, small, small, large}, sorted, 1e-6f);
    for (int i = 1; i < v.size(); i++) {
      assertEquals(true, v.indices()[i] > v.indices()[i - 1], "indices ascend and are distinct");
    }
  }

  @Test
  void caseAndPunctuationDoNotMatterButWordOrderDoes() {
    HashedFeatures f = HashedFeatures.STANDARD;
    assertArrayEquals(f.of("Neural Network").indices(), f.of("neural, network").indices());
    assertNotEquals(Arrays.toString(f.of("neural network").indices()), Arrays.toString(f.of("network neural").indices()));
  }

  @Test
  void emptyTextIsTheZeroVector() {
    assertEquals(0, HashedFeatures.STANDARD.of("  ... ").size());
    assertEquals(0, HashedFeatures.STANDARD.of(null).size());
  }

  @Test
  void bucketsStayInRange() {
    HashedFeatures f = new HashedFeatures(4);
    for (int i : f.of("the quick brown fox jumps over the lazy dog 12345").indices()) {
      assertEquals(true, i >= 0 && i < 16, "bucket " + i);
    }
    assertThrows(IllegalArgumentException.class, () -> new HashedFeatures(30));
  }
}
