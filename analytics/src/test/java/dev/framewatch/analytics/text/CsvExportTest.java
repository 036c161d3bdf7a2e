package dev.framewatch.analytics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {
  @Test
  void quotesOnlyWhatRfc4180Requires() {
    assertEquals("a,b,c,d\n"
        + "plain text,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\"\n"
        + "\"carriage\rreturn\",,x y,\n", CsvExport.write(List.of("a", "b", "c", "d"), List.of(
        List.of("plain text", "with, comma", "say \"hi\"", "two\nlines"),
        Arrays.asList("carriage\rreturn", "", "x y", null))));
  }

  @Test
  void textStartingLikeAFormulaIsNeutralisedNumbersAreNot() {
    assertEquals("""
        venue,share,count
        "'=HYPERLINK(""https://evil.example"",""x"")",-0.05,-3
        '+1.2 pt,0.75,12
        '-cmd,1,0
        '@SUM(A1),0,7
        '\tx,0.5,1
        -,,
        """, CsvExport.write(List.of("venue", "share", "count"), List.of(
        List.of("=HYPERLINK(\"https://evil.example\",\"x\")", new BigDecimal("-0.05"), -3L),
        List.of("+1.2 pt", new BigDecimal("0.75"), 12),
        List.of("-cmd", BigDecimal.ONE, 0L),
        List.of("@SUM(A1)", BigDecimal.ZERO, 7L),
        List.of("\tx", new BigDecimal("0.5"), 1L),
        Arrays.asList("-", null, null))));
  }

  @Test
  void bigDecimalsArePlainNeverScientific() {
    assertEquals("x\n30\n0.0000001\n", CsvExport.write(List.of("x"),
        List.of(List.of(new BigDecimal("30.000000").stripTrailingZeros()), List.of(new BigDecimal("1E-7")))));
  }

  @Test
  void neutraliseLeavesLoneCharactersAndOrdinaryText() {
    assertEquals("-", CsvExport.neutralise("-"));
    assertEquals("'=1+1", CsvExport.neutralise("=1+1"));
    assertEquals("cvpr", CsvExport.neutralise("cvpr"));
    assertEquals("", CsvExport.neutralise(""));
  }

  @Test
  void rowsMustMatchTheHeaderAndCellsHaveAType() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvExport.write(List.of("a", "b"), List.of(List.of("x"))));
    assertEquals("a row of 1 cells under 2 columns", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CsvExport.write(List.of("a"), List.of(List.of(0.5))));
  }
}
