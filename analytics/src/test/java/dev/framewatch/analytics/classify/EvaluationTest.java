package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  // 10 examples: vision 4 (3 right, 1 called language), language 4 (2 right, 1 vision, 1 speech), speech 2 (both right).
  private static final List<String> TRUTH = List.of("vision", "vision", "vision", "vision", "language", "language",
      "language", "language", "speech", "speech");
  private static final List<String> PREDICTED = List.of("vision", "vision", "vision", "language", "language", "language",
      "vision", "speech", "speech", "speech");

  @Test
  void perClassFiguresMacroF1AndConfusionByHand() {
    Evaluation e = Evaluation.of(TRUTH, PREDICTED, Domains.ALL);
    assertEquals(List.of("vision", "language", "speech"), e.classes(), "classes absent from both sides are left out");
    // vision: P 3/4, R 3/4, F1 0.75; language: P 2/3, R 2/4, F1 4/7; speech: P 2/3, R 2/2, F1 0.8.
    assertEquals(new ClassMetrics(0.75, 0.75, 0.75, 4), e.perClass().get("vision"));
    assertEquals(2 / 3.0, e.perClass().get("language").precision(), 1e-12);
    assertEquals(0.5, e.perClass().get("language").recall(), 1e-12);
    assertEquals(4 / 7.0, e.perClass().get("language").f1(), 1e-12);
    assertEquals(0.8, e.perClass().get("speech").f1(), 1e-12);
    assertEquals((0.75 + 4 / 7.0 + 0.8) / 3, e.macroF1(), 1e-12);
    assertEquals(0.7, e.accuracy(), 1e-12);
    assertArrayEquals(new int[] {3, 1, 0}, e.confusion()[0]);
    assertArrayEquals(new int[] {1, 2, 1}, e.confusion()[1]);
    assertArrayEquals(new int[] {0, 0, 2}, e.confusion()[2]);
    assertEquals(10, e.examples());
  }

  @Test
  void jsonHasTheIssuesShape() {
    assertEquals("{\"macro_f1\":0.7071,\"accuracy\":0.7,\"examples\":10,\"classes\":{"
        + "\"vision\":{\"precision\":0.75,\"recall\":0.75,\"f1\":0.75,\"support\":4},"
        + "\"language\":{\"precision\":0.6667,\"recall\":0.5,\"f1\":0.5714,\"support\":4},"
        + "\"speech\":{\"precision\":0.6667,\"recall\":1.0,\"f1\":0.8,\"support\":2}},"
        + "\"confusion\":{\"labels\":[\"vision\",\"language\",\"speech\"],\"matrix\":[[3,1,0],[1,2,1],[0,0,2]]}}",
        EvaluationFormat.json(Evaluation.of(TRUTH, PREDICTED, Domains.ALL)).toString());
  }

  @Test
  void tableListsEveryClassThenTheMatrix() {
    String table = EvaluationFormat.table(Evaluation.of(TRUTH, PREDICTED, Domains.ALL));
    assertEquals("""
        class        precision    recall        f1  support
        vision          0.7500    0.7500    0.7500        4
        language        0.6667    0.5000    0.5714        4
        speech          0.6667    1.0000    0.8000        2
        macro-F1 0.7071, accuracy 0.7000, 10 examples

        confusion (rows: true, columns: predicted)
                     vision language speech
        vision            3        1      0
        language          1        2      1
        speech            0        0      2
        """, table.replace(System.lineSeparator(), "\n"));
  }

  @Test
  void mismatchedOrEmptyInputIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Evaluation.of(List.of("vision"), List.of(), Domains.ALL));
    assertThrows(IllegalArgumentException.class, () -> Evaluation.of(List.of(), List.of(), Domains.ALL));
  }
}
