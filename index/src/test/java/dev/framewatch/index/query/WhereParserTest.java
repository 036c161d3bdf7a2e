package dev.framewatch.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class WhereParserTest {
  private final WhereParser parser = new WhereParser();

  @Test
  void blankMatchesEverything() {
    assertInstanceOf(MatchAllDocsQuery.class, parser.parse(null));
    assertInstanceOf(MatchAllDocsQuery.class, parser.parse("  "));
    assertInstanceOf(MatchAllDocsQuery.class, parser.parse("*:*"));
  }

  @Test
  void keywordValuesAreNormalizedAsAtIndexTime() {
    assertEquals("+venue:neurips +year:2019", parser.parse("venue:NIPS AND year:2019").toString());
    assertEquals("week:2019-W05 quarter:2019-Q1", parser.parse("week:2019-w05 OR quarter:2019-q1").toString());
    assertEquals("framework:pytorch", parser.parse("framework:PyTorch").toString());
    assertEquals("id:hf:Org/Model", parser.parse("id:\"hf:Org/Model\"").toString());
    assertEquals("year:[2018 TO 2020]", parser.parse("year:[2018 TO 2020]").toString());
  }

  @Test
  void textTermsAreAnalyzedAndSearchTextByDefault() {
    assertEquals("text:graph text:neural", parser.parse("Graph Neural").toString());
    assertEquals("title:\"graph neural\"", parser.parse("title:\"Graph Neural\"").toString());
  }

  @Test
  void metricsAreNumbers() {
    Query exact = parser.parse("stars:100");
    assertEquals(LongPoint.newExactQuery("stars", 100), exact);
    assertEquals(LongPoint.newRangeQuery("downloads", 1000, Long.MAX_VALUE), parser.parse("downloads:[1000 TO *]"));
    assertEquals(LongPoint.newRangeQuery("likes", 11, 19), parser.parse("likes:{10 TO 20}"));
    assertMessage("stars:many", "--where 'stars:many': field 'stars' takes whole numbers, got 'many'");
  }

  @Test
  void unbalancedQuotesAreNamed() {
    assertMessage("title:\"abc", "--where 'title:\"abc': unbalanced quotes: a '\"' is never closed");
    assertMessage("(venue:cvpr", "--where '(venue:cvpr': unbalanced parentheses: 1 '(' never closed");
  }

  @Test
  void unknownFieldsAreRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse("venue:cvpr AND vneue:iccv"));
    assertTrue(e.getMessage().startsWith("--where 'venue:cvpr AND vneue:iccv': unknown field 'vneue' (fields: id, venue,"),
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> parser.parse("_source:x"));
    assertThrows(IllegalArgumentException.class, () -> parser.parse("author:lecun*"));
  }

  @Test
  void rangeOnTextFieldIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse("title:[a TO m]"));
    assertTrue(e.getMessage().startsWith("--where 'title:[a TO m]': range on text field 'title'"), e.getMessage());
  }

  @Test
  void syntaxErrorsAreOneLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse("venue:cvpr AND"));
    assertTrue(e.getMessage().startsWith("--where 'venue:cvpr AND': syntax error: unexpected end of query"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class, () -> parser.parse("year:[2018 TO"));
    assertTrue(e2.getMessage().startsWith("--where 'year:[2018 TO': syntax error"), e2.getMessage());
    assertEquals(1, e2.getMessage().lines().count(), e2.getMessage());
  }

  private void assertMessage(String where, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parser.parse(where));
    assertEquals(message, e.getMessage());
  }
}
