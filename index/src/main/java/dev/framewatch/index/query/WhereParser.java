package dev.framewatch.index.query;

import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.IndexSchema;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Parses the analyst's {@code --where} filter: Lucene's classic query syntax ({@code venue:cvpr AND year:[2018 TO 2020]},
 * {@code title:"graph neural"}, {@code stars:[1000 TO *]}), terms without a field searching {@code text}.
 *
 * <p>Beyond the classic parser it knows the schema: field names outside {@link IndexSchema} are rejected (a typo would silently
 * match nothing), keyword values are normalized as at index time ({@code venue:NIPS} finds {@code neurips}), metric fields take
 * numbers and numeric ranges, and a range on a text field is rejected. Every error is an {@link InvalidWhereException} with
 * one line naming the query and the problem, fit for stderr.
 */
public final class WhereParser {
  private static final Pattern ENCOUNTERED =
      Pattern.compile("Encountered \"?\\s*(.*?)\"? at line \\d+, column (\\d+)", Pattern.DOTALL);
  private static final Pattern LEXICAL = Pattern.compile("Lexical error at line \\d+, column (\\d+)");

  private final Vocabulary vocabulary;

  public WhereParser() {
    this(Vocabulary.standard());
  }

  public WhereParser(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The query for {@code where}; null or blank matches every document. */
  public Query parse(String where) {
    if (where == null || where.isBlank()) {
      return new MatchAllDocsQuery();
    }
    precheck(where);
    Query query;
    try {
      query = new SchemaQueryParser(where, vocabulary).parse(where);
    } catch (ParseException e) {
      throw error(where, describe(e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw error(where, "too many clauses (at most " + IndexSearcher.getMaxClauseCount() + ")");
    }
    checkFields(where, query);
    return query;
  }

  static InvalidWhereException error(String where, String problem) {
    return new InvalidWhereException("--where '" + where + "': " + problem);
  }

  /** Quotes and brackets checked first: the parser's own messages for them are lexer states, not something to show people. */
  private static void precheck(String where) {
    int quotes = 0;
    int parens = 0;
    boolean inQuote = false;
    for (int i = 0; i < where.length(); i++) {
      char c = where.charAt(i);
      if (c == '\\') {
        i++; // escaped character
      } else if (c == '"') {
        quotes++;
        inQuote = !inQuote;
      } else if (!inQuote && c == '(') {
        parens++;
      } else if (!inQuote && c == ')') {
        if (--parens < 0) {
          throw error(where, "unbalanced parentheses: ')' at column " + (i + 1) + " closes nothing");
        }
      }
    }
    if (quotes % 2 != 0) {
      throw error(where, "unbalanced quotes: a '\"' is never closed");
    }
    if (parens > 0) {
      throw error(where, "unbalanced parentheses: " + parens + " '(' never closed");
    }
  }

  /** Turns the parser's multi-line message into one line. */
  private static String describe(ParseException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    // QueryParserBase wraps the real problem as "Cannot parse '<query>': <problem>".
    int cut = m.indexOf("': ");
    if (m.startsWith("Cannot parse '") && cut >= 0) {
      m = m.substring(cut + 3);
    }
    Matcher enc = ENCOUNTERED.matcher(m);
    if (enc.find()) {
      String token = enc.group(1).trim();
      String what = token.equals("<EOF>") || token.isEmpty() ? "unexpected end of query" : "unexpected '" + token + "'";
      return "syntax error: " + what + " at column " + enc.group(2)
          + " (syntax: field:value, AND, OR, NOT, \"a phrase\", [from TO to], parentheses)";
    }
    Matcher lex = LEXICAL.matcher(m);
    if (lex.find()) {
      return "syntax error at column " + lex.group(1);
    }
    String firstLine = m.lines().findFirst().orElse("syntax error").trim();
    return firstLine.isEmpty() ? "syntax error" : firstLine;
  }

  /** A second line of defence: whatever query type the parser built, every field it touches must be in the schema. */
  private static void checkFields(String where, Query query) {
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (!IndexSchema.QUERYABLE_FIELDS.contains(field)) {
          throw unknownField(where, field);
        }
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
  }

  static InvalidWhereException unknownField(String where, String field) {
    return error(where, "unknown field '" + field + "' (fields: " + String.join(", ", IndexSchema.QUERYABLE_FIELDS) + ")");
  }

  /** The classic parser, told about the schema. One instance per parse: it remembers the query for its messages. */
  private static final class SchemaQueryParser extends QueryParser {
    private final String where;
    private final Vocabulary vocabulary;

    SchemaQueryParser(String where, Vocabulary vocabulary) {
      super(IndexSchema.DEFAULT_QUERY_FIELD, IndexSchema.analyzer());
      this.where = where;
      this.vocabulary = vocabulary;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      requireKnown(field);
      if (IndexSchema.isMetric(field)) {
        return org.apache.lucene.document.LongPoint.newExactQuery(field, number(field, queryText));
      }
      return super.getFieldQuery(field, keyword(field, queryText), quoted);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      requireKnown(field);
      if (IndexSchema.isText(field)) {
        throw error(where, "range on text field '" + field + "' (ranges work on keyword fields such as year or month,"
            + " and on numbers: " + String.join(", ", IndexSchema.METRIC_FIELDS) + ")");
      }
      if (IndexSchema.isMetric(field)) {
        long lower = part1 == null ? Long.MIN_VALUE : number(field, part1);
        long upper = part2 == null ? Long.MAX_VALUE : number(field, part2);
        if (!startInclusive && lower != Long.MAX_VALUE && part1 != null) {
          lower++;
        }
        if (!endInclusive && upper != Long.MIN_VALUE && part2 != null) {
          upper--;
        }
        return org.apache.lucene.document.LongPoint.newRangeQuery(field, lower, upper);
      }
      return super.getRangeQuery(field, part1 == null ? null : keyword(field, part1),
          part2 == null ? null : keyword(field, part2), startInclusive, endInclusive);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      requireNotMetric(field, "prefix");
      return super.getPrefixQuery(field, keywordCase(field, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      if ("*".equals(field) && "*".equals(termStr)) {
        return new MatchAllDocsQuery(); // *:*
      }
      requireNotMetric(field, "wildcard");
      return super.getWildcardQuery(field, keywordCase(field, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      requireNotMetric(field, "fuzzy");
      return super.getFuzzyQuery(field, keywordCase(field, termStr), minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      requireNotMetric(field, "regular expression");
      return super.getRegexpQuery(field, keywordCase(field, termStr));
    }

    private void requireKnown(String field) {
      if (!IndexSchema.QUERYABLE_FIELDS.contains(field)) {
        throw unknownField(where, field);
      }
    }

    private void requireNotMetric(String field, String what) {
      requireKnown(field);
      if (IndexSchema.isMetric(field)) {
        throw error(where, what + " query on numeric field '" + field + "' (use a number or a range such as [100 TO *])");
      }
    }

    private long number(String field, String text) {
      try {
        return Long.parseLong(text.trim());
      } catch (NumberFormatException e) {
        throw error(where, "field '" + field + "' takes whole numbers, got '" + text + "'");
      }
    }

    /** For patterns (prefix, wildcard, ...) only the letter case can be normalized, not the venue aliases. */
    private static String keywordCase(String field, String text) {
      if (IndexSchema.VENUE.equals(field)) {
        return text.toLowerCase(Locale.ROOT);
      }
      return IndexSchema.isKeyword(field) ? caseOf(field, text) : text;
    }

    private static String caseOf(String field, String text) {
      switch (field) {
        case IndexSchema.KIND:
        case IndexSchema.SOURCE:
        case IndexSchema.DOMAIN:
        case IndexSchema.FRAMEWORK:
          return text.toLowerCase(Locale.ROOT);
        case IndexSchema.QUARTER:
        case IndexSchema.WEEK:
          return text.toUpperCase(Locale.ROOT);
        default:
          return text;
      }
    }

    /**
     * Keyword values written the way the index spells them: venues through the vocabulary, ids lower-case, quarters and weeks
     * with their capital letter ({@code 2019-Q1}, {@code 2019-W05}); the record id is matched exactly as written.
     */
    private String keyword(String field, String text) {
      if (IndexSchema.VENUE.equals(field)) {
        String venue = vocabulary.normalizeVenue(text);
        return venue == null ? text : venue;
      }
      return caseOf(field, text);
    }
  }
}
