package dev.framewatch.index.schema;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Every field of the index, in one place. The document builder, the query parser and the counters all read their field names
 * and kinds from here, so a field added here is known everywhere (and a field not listed here is rejected in {@code --where}).
 *
 * <ul>
 *   <li>keyword fields: indexed as one untokenized term each (exact match in {@code --where}) and as sorted-set doc values (for
 *       counting without touching stored fields); values are the lower-case ids the builder produces
 *   <li>text fields: analyzed with {@link StandardAnalyzer} for full-text search
 *   <li>metric fields: a {@code long} as a point (range queries) and as numeric doc values (sums and sorts)
 * </ul>
 */
public final class IndexSchema {
  /** The record id: the term {@code updateDocument} replaces by, so a replayed record overwrites instead of duplicating. */
  public static final String ID = "id";

  public static final String KIND = "kind";
  public static final String SOURCE = "source";
  public static final String VENUE = "venue";
  public static final String YEAR = "year";
  public static final String QUARTER = "quarter";
  public static final String MONTH = "month";
  public static final String WEEK = "week";
  public static final String DOMAIN = "domain";
  public static final String FRAMEWORK = "framework";
  /** The primary method's frameworks of a document as one value, {@code pytorch+tensorflow}: exclusive vs several. */
  public static final String COMBINATION = "combination";
  /** A Hugging Face model's {@code library_name} as the hub states it (transformers, timm, diffusers, keras, ...). */
  public static final String LIBRARY = "library";
  /** A Hugging Face model's {@code pipeline_tag} (text-generation, image-classification, ...). */
  public static final String TASK = "task";
  /** Names of the methods whose exclusions take the document out of their counts (e.g. {@code horace-2019}). */
  public static final String EXCLUDED = "excluded";

  /**
   * A paper's frameworks as its code repository's own files name them ({@code extra.framework_code}, judged at crawl time):
   * apart from {@code framework}, which is what the method reads in the text. Absent when the paper has no judged code or its
   * code names no framework. {@code --where framework_code:pytorch}.
   */
  public static final String FRAMEWORK_CODE = "framework_code";

  /** Where {@code domain} came from: {@code venue}, {@code pipeline} (Hugging Face) or {@code classifier}. */
  public static final String DOMAIN_SOURCE = "domain_source";
  /** A classifier's label per task (from the {@code labels} topic), e.g. {@code label_domain:vision}. */
  public static final String LABEL_DOMAIN = "label_domain";
  public static final String LABEL_USAGE = "label_usage";

  public static final String TITLE = "title";
  public static final String TEXT = "text";

  public static final String STARS = "stars";
  public static final String FORKS = "forks";
  public static final String DOWNLOADS = "downloads";
  public static final String LIKES = "likes";
  public static final String NEW_STARS = "new_stars";

  /**
   * Sort key of a document's date, as an epoch day: the evidence date, or 1 January of the year for papers (which carry only a
   * year). Numeric doc values only, for "newest first" drill-downs.
   */
  public static final String DAY = "day";

  /**
   * The field holding a method's frameworks: {@code framework} for the index's primary method, {@code framework.<name>} for
   * the methods counted alongside it.
   */
  public static String frameworkField(String methodName, boolean primary) {
    return primary ? FRAMEWORK : FRAMEWORK + "." + methodName;
  }

  /** A label's confidence as float doc values: {@code label_<task>_confidence}. */
  public static String labelConfidence(String labelField) {
    return labelField + "_confidence";
  }

  /** The label field of a task, e.g. {@code label_domain}. */
  public static String labelField(String task) {
    return "label_" + task;
  }

  /** The document's labels as received, stored so a record update keeps them and a drill-down can show them. */
  public static final String LABELS_JSON = "_labels";

  /** The record's JSON as it came from Kafka, stored so a drill-down can show the evidence behind a number. */
  public static final String SOURCE_JSON = "_source";

  /** Keyword fields usable as {@code --by} dimensions, in {@link Dimension} order. */
  public static final List<String> DIMENSION_FIELDS =
      List.of(VENUE, YEAR, QUARTER, MONTH, WEEK, DOMAIN, SOURCE, KIND, FRAMEWORK, COMBINATION, LIBRARY, TASK);

  /** All keyword fields: the dimensions plus the id. */
  public static final Set<String> KEYWORD_FIELDS = ordered(ID, VENUE, YEAR, QUARTER, MONTH, WEEK, DOMAIN, SOURCE, KIND,
      FRAMEWORK, COMBINATION, LIBRARY, TASK, EXCLUDED, DOMAIN_SOURCE, LABEL_DOMAIN, LABEL_USAGE, FRAMEWORK_CODE);

  public static final Set<String> TEXT_FIELDS = ordered(TITLE, TEXT);

  public static final Set<String> METRIC_FIELDS = ordered(STARS, FORKS, DOWNLOADS, LIKES, NEW_STARS);

  /** Fields a {@code --where} query may name ({@code _source} is stored only, not searchable). */
  public static final Set<String> QUERYABLE_FIELDS = ordered(
      KEYWORD_FIELDS.toArray(String[]::new), TEXT_FIELDS.toArray(String[]::new), METRIC_FIELDS.toArray(String[]::new));

  /** The default field of {@code --where} terms that name no field. */
  public static final String DEFAULT_QUERY_FIELD = TEXT;

  private IndexSchema() {}

  /** The index field a dimension counts by. */
  public static String fieldOf(Dimension dimension) {
    // Dimension keys are the field names by construction; this keeps that an explicit, checked fact.
    String field = dimension.key();
    if (!KEYWORD_FIELDS.contains(field)) {
      throw new IllegalStateException("dimension " + dimension + " has no keyword field in the index schema");
    }
    return field;
  }

  public static boolean isKeyword(String field) {
    return KEYWORD_FIELDS.contains(field);
  }

  public static boolean isText(String field) {
    return TEXT_FIELDS.contains(field);
  }

  public static boolean isMetric(String field) {
    return METRIC_FIELDS.contains(field);
  }

  /**
   * The analyzer for indexing and querying: keyword fields are one term as written, everything else {@link StandardAnalyzer}.
   * Indexing and query parsing must agree, which is why both take it from here.
   */
  public static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    KeywordAnalyzer keyword = new KeywordAnalyzer();
    for (String f : KEYWORD_FIELDS) {
      perField.put(f, keyword);
    }
    // Metric values in a query ("stars:100") are parsed as numbers; keep them one token so the parser sees them whole.
    for (String f : METRIC_FIELDS) {
      perField.put(f, keyword);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  private static Set<String> ordered(String... names) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
  }

  private static Set<String> ordered(String[] a, String[] b, String[] c) {
    LinkedHashSet<String> s = new LinkedHashSet<>(List.of(a));
    s.addAll(List.of(b));
    s.addAll(List.of(c));
    return java.util.Collections.unmodifiableSet(s);
  }
}
