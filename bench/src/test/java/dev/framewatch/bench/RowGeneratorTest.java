package dev.framewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generator's guided draw picks what a binary search over the CDF picks, so the rows stay the rows measured before. */
class RowGeneratorTest {
  @Test
  void guidedPickEqualsTheBinarySearchForEveryDraw() {
    double[] zipf = new double[RowGenerator.WORDS.length];
    for (int i = 0; i < zipf.length; i++) {
      zipf[i] = 1.0 / (i + 1);
    }
    for (double[] cdf : List.of(RowGenerator.cdf(zipf), RowGenerator.cdf(RowGenerator.VENUE_WEIGHTS),
        RowGenerator.cdf(new double[] {1}), RowGenerator.cdf(new double[] {1e-9, 1, 1e-9}))) {
      RowGenerator.GuidedPick guided = new RowGenerator.GuidedPick(cdf);
      Random a = new Random(11);
      Random b = new Random(11);
      for (int n = 0; n < 500_000; n++) {
        assertEquals(RowGenerator.pick(cdf, a), guided.pick(b), "draw " + n);
      }
    }
  }

  @Test
  void sameSeedSameRows() {
    List<BenchRow> first = new ArrayList<>();
    List<BenchRow> second = new ArrayList<>();
    new RowGenerator().generate(2_000, first::add);
    new RowGenerator().generate(2_000, second::add);
    assertEquals(first, second);
    assertEquals("paper:bench:1999", first.get(1999).id());
  }
}
