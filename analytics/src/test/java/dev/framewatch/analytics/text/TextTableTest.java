package dev.framewatch.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  static final List<List<String>> ROWS = List.of(List.of("job", "pytorch", "246", "79.6%"),
      List.of("model", "paddlepaddle", "1,781", "1.0%"));

  @Test
  void widthsComeFromTheContentsTextLeftNumbersRightWithARule() {
    TextTable t = TextTable.builder().gap(2).left("kind").left("framework").right("count").right("share").rule().build();
    assertEquals("""
        kind   framework     count  share
        -----  ------------  -----  -----
        job    pytorch         246  79.6%
        model  paddlepaddle  1,781   1.0%
        """, t.render(ROWS));
  }

  @Test
  void minimumWidthsHoldForShortCellsAndGiveWayToLongOnes() {
    TextTable t = TextTable.builder().left("kind", 8).left("fw", 4).right("n", 6).gap(2).right("share").build();
    assertEquals("""
        kind     fw                n  share
        job      pytorch         246  79.6%
        model    paddlepaddle  1,781   1.0%
        """, t.render(ROWS));
  }

  @Test
  void indentedHeaderlessTableStripsTrailingBlanks() {
    TextTable t = TextTable.builder().indent("  ").withoutHeader().left("kind", 12).right("n", 6).left("note").build();
    assertEquals("  paper             1 new\n  job               2\n",
        t.render(List.of(List.of("paper", "1", "new"), List.of("job", "2", ""))));
  }

  @Test
  void aHeaderOnlyTableIsItsHeader() {
    assertEquals("a  bb\n-  --\n", TextTable.builder().gap(2).left("a").right("bb").rule().build().render(List.of()));
  }

  @Test
  void rowsMustFitTheColumns() {
    TextTable t = TextTable.builder().left("a").left("b").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.render(List.of(List.of("x"))));
    assertEquals("a row of 1 cells in a table of 2 columns", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TextTable.builder().withoutHeader().left("a").rule().build());
    assertThrows(IllegalArgumentException.class, () -> TextTable.builder().build());
  }
}
