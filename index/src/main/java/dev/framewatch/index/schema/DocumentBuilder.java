package dev.framewatch.index.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Repo;
import dev.framewatch.core.record.Stars;
import dev.framewatch.core.time.IsoWeek;
import dev.framewatch.core.vocabulary.Vocabulary;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns one record into its Lucene document (fields as {@link IndexSchema} defines them). Normalization happens here, once, at
 * index time: venues through the vocabulary, dates into year/quarter/month/ISO week, frameworks through the method's detector,
 * so every query and count sees the same values.
 */
public final class DocumentBuilder {
  /** Longest keyword value kept, in chars. */
  static final int MAX_KEYWORD_LENGTH = 256;

  private final MethodSet methods;
  private final Vocabulary vocabulary;

  public DocumentBuilder(FrameworkDetector detector, Vocabulary vocabulary) {
    this(MethodSet.of(detector), vocabulary);
  }

  public DocumentBuilder(MethodSet methods, Vocabulary vocabulary) {
    this.methods = methods;
    this.vocabulary = vocabulary;
  }

  public FrameworkDetector detector() {
    return methods.primary();
  }

  public MethodSet methods() {
    return methods;
  }

  public Document build(EvidenceRecord record) {
    return build(record, null);
  }

  /**
   * The document of a record with its classifier labels (null when it has none). A label fills {@code domain} only where the
   * rules give none (a general venue, a job): the venue's own domain is evidence, a classifier's is an estimate.
   */
  public Document build(EvidenceRecord record, Labels labels) {
    Document doc = new Document();
    // The id is stored so hits can be named without decoding _source; it is also the update/delete term.
    doc.add(new StringField(IndexSchema.ID, record.id(), Field.Store.YES));
    Map<String, List<String>> keywords = new LinkedHashMap<>(keywordValues(record, labels));
    if (keywords.containsKey(IndexSchema.DOMAIN)) {
      keywords.put(IndexSchema.DOMAIN_SOURCE, List.of(record instanceof Model ? "pipeline" : "venue"));
    }
    if (labels != null) {
      labels.byTask().forEach((task, label) -> {
        String field = IndexSchema.labelField(task);
        keywords.put(field, List.of(truncate(label.value())));
        doc.add(new FloatDocValuesField(IndexSchema.labelConfidence(field), (float) label.confidence()));
      });
      Labels.Label domain = labels.byTask().get("domain");
      if (domain != null && !keywords.containsKey(IndexSchema.DOMAIN)) {
        keywords.put(IndexSchema.DOMAIN, List.of(truncate(domain.value())));
        keywords.put(IndexSchema.DOMAIN_SOURCE, List.of("classifier"));
      }
      doc.add(new StoredField(IndexSchema.LABELS_JSON, labels.encode()));
    }
    keywords.forEach((field, values) -> values.forEach(v -> addKeyword(doc, field, v)));
    String title = title(record);
    if (title != null && !title.isBlank()) {
      doc.add(new TextField(IndexSchema.TITLE, title, Field.Store.NO));
    }
    String text = text(record);
    if (!text.isBlank()) {
      doc.add(new TextField(IndexSchema.TEXT, text, Field.Store.NO));
    }
    metrics(record).forEach((field, value) -> {
      doc.add(new LongPoint(field, value));
      doc.add(new NumericDocValuesField(field, value));
    });
    record.evidenceDate().or(() -> record.evidenceYear().map(y -> LocalDate.of(y, 1, 1)))
        .ifPresent(d -> doc.add(new NumericDocValuesField(IndexSchema.DAY, d.toEpochDay())));
    doc.add(new StoredField(IndexSchema.SOURCE_JSON, RecordCodec.encode(record)));
    return doc;
  }

  /**
   * The keyword (dimension) values of a record, field to values in schema order; a field without a value is absent. Only
   * {@code framework} has several values.
   */
  public Map<String, List<String>> keywordValues(EvidenceRecord record) {
    return keywordValues(record, null);
  }

  /**
   * The keyword values of a record with its labels (null when none): labels matter to methods whose usage classifier decides.
   * Besides the dimensions: {@code framework.<method>} per secondary method, and {@code excluded} naming each method whose
   * exclusions take the document out of the counts.
   */
  public Map<String, List<String>> keywordValues(EvidenceRecord record, Labels labels) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    put(out, IndexSchema.KIND, record.kind().wireName());
    put(out, IndexSchema.SOURCE, lower(record.source()));
    String venue = record instanceof Paper p ? vocabulary.normalizeVenue(p.venue()) : null;
    put(out, IndexSchema.VENUE, venue);
    put(out, IndexSchema.YEAR, record.evidenceYear().map(String::valueOf).orElse(null));
    Optional<LocalDate> date = record.evidenceDate();
    put(out, IndexSchema.QUARTER, date.map(DocumentBuilder::quarter).orElse(null));
    put(out, IndexSchema.MONTH, date.map(DocumentBuilder::month).orElse(null));
    put(out, IndexSchema.WEEK, date.map(DocumentBuilder::week).orElse(null));
    put(out, IndexSchema.DOMAIN, domain(record, venue));
    if (record instanceof Model m) {
      put(out, IndexSchema.LIBRARY, m.libraryName() == null ? null : lower(m.libraryName()));
      put(out, IndexSchema.TASK, m.pipelineTag() == null ? null : lower(m.pipelineTag()));
    }
    if (record instanceof Paper p) {
      p.frameworkCode().filter(code -> !code.isEmpty())
          .ifPresent(code -> out.put(IndexSchema.FRAMEWORK_CODE, code.stream().map(DocumentBuilder::truncate).toList()));
    }
    List<String> excludedBy = new ArrayList<>();
    for (FrameworkDetector d : methods.all()) {
      FrameworkDetector.Detection detection = d.detect(record, labels);
      boolean primary = d == methods.primary();
      if (detection.excluded()) {
        excludedBy.add(d.method().name());
      }
      if (!detection.counted().isEmpty()) {
        out.put(IndexSchema.frameworkField(d.method().name(), primary), detection.counted());
        if (primary) {
          // The set of frameworks as one value ("pytorch+tensorflow"): exclusive vs available in several.
          put(out, IndexSchema.COMBINATION, String.join("+", detection.counted()));
        }
      }
    }
    if (!excludedBy.isEmpty()) {
      out.put(IndexSchema.EXCLUDED, List.copyOf(excludedBy));
    }
    return Collections.unmodifiableMap(out);
  }

  /** {@code 2019-Q1}. */
  public static String quarter(LocalDate d) {
    return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
  }

  /** {@code 2019-01}. */
  public static String month(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
  }

  /**
   * ISO week with its week-based year, {@code 2020-W53} for 2021-01-03: the calendar year would put that Sunday in a week
   * "2021-W53" that does not exist, and weekly reports must line up with ISO weeks.
   */
  public static String week(LocalDate d) {
    return IsoWeek.of(d).toString();
  }

  private String domain(EvidenceRecord record, String canonicalVenue) {
    if (record instanceof Paper) {
      return vocabulary.domainOfVenue(canonicalVenue).orElse(null);
    }
    if (record instanceof Model m) {
      return vocabulary.domainOfPipeline(m.pipelineTag() == null ? null : lower(m.pipelineTag())).orElse(null);
    }
    return null;
  }

  /** The record's title as the index stores it: a paper's or job's title, a repository's or snapshot's repo, a model's id. */
  public static String title(EvidenceRecord record) {
    if (record instanceof Paper p) {
      return p.title();
    } else if (record instanceof Job j) {
      return j.title();
    } else if (record instanceof Repo r) {
      return r.fullName();
    } else if (record instanceof Model m) {
      return m.modelId();
    } else if (record instanceof Stars s) {
      return s.repo();
    }
    return null;
  }

  /** The searchable body: what a reader would call the record's text (the title is its own field). */
  private static String text(EvidenceRecord record) {
    List<String> parts = new ArrayList<>();
    if (record instanceof Paper p) {
      parts.add(p.abstractText());
      parts.add(p.text());
    } else if (record instanceof Job j) {
      parts.add(j.text());
    } else if (record instanceof Repo r) {
      parts.addAll(r.topics());
      JsonNode description = r.extra().get("description");
      if (description != null && description.isTextual()) {
        parts.add(description.textValue());
      }
    } else if (record instanceof Model m) {
      parts.addAll(m.tags());
      parts.add(m.pipelineTag());
    }
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        sb.append(part).append('\n');
      }
    }
    return sb.toString();
  }

  private static Map<String, Long> metrics(EvidenceRecord record) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (record instanceof Repo r) {
      out.put(IndexSchema.STARS, r.stars());
      out.put(IndexSchema.FORKS, r.forks());
    } else if (record instanceof Model m) {
      out.put(IndexSchema.DOWNLOADS, m.downloads());
      out.put(IndexSchema.LIKES, m.likes());
    } else if (record instanceof Stars s) {
      out.put(IndexSchema.STARS, s.stars());
      out.put(IndexSchema.NEW_STARS, s.newStars());
    }
    return out;
  }

  private static void addKeyword(Document doc, String field, String value) {
    if (!IndexSchema.ID.equals(field)) {
      doc.add(new StringField(field, value, Field.Store.NO));
    }
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  private static void put(Map<String, List<String>> out, String field, String value) {
    if (value != null && !value.isBlank()) {
      out.put(field, List.of(truncate(value)));
    }
  }

  /**
   * Keyword values are ids, short by nature; a free-form one (an unknown venue's full name) is cut so that no record can carry
   * a term Lucene refuses (32 KB) or bloat the doc values.
   */
  static String truncate(String value) {
    if (value.length() <= MAX_KEYWORD_LENGTH) {
      return value;
    }
    int end = MAX_KEYWORD_LENGTH;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    return value.substring(0, end);
  }

  private static String lower(String s) {
    return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
  }
}
