package dev.framewatch.index.export;

import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.export.FactColumn.Type;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The document-level facts of an index, one {@link FactRow} per live document matching a query, streamed segment by segment
 * in index order: nothing is collected, so an export of 10M documents needs no more heap than one of ten. Everything but the id
 * comes from doc values (the same values the counters read), never from {@code _source}, so an export agrees with the shares.
 *
 * <p>The columns are fixed by the index, not by the documents that match: every indexed method gets its
 * {@code frameworks_<method>} list, every metric its column, so files exported with different filters stack.
 */
public final class DocumentFacts {
  /** Prefix of the list columns of each indexed method's frameworks. */
  public static final String FRAMEWORKS_PREFIX = "frameworks_";

  private final DirectoryReader reader;
  private final List<FactColumn> columns;

  public DocumentFacts(DirectoryReader reader) {
    this.reader = reader;
    this.columns = columnsOf(reader);
  }

  public List<FactColumn> columns() {
    return columns;
  }

  /** How many live documents match: the progress total, known before the first row. */
  public long count(Query query) {
    try {
      return new IndexSearcher(reader).count(query);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot count documents: " + e.getMessage(), e);
    }
  }

  /**
   * Hands each matching live document's row to {@code sink}, in index order.
   *
   * @param limit the most rows to hand over, or a negative number for all
   * @param progress told the number of rows written so far, after each row
   * @return the number of rows
   */
  public long forEach(Query query, long limit, Consumer<FactRow> sink, LongConsumer progress) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null); // one pass over everything: caching would only cost memory
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long rows = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      if (rows == limit) {
        break;
      }
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      LeafColumns values = new LeafColumns(leaf.reader(), columns);
      Bits live = leaf.reader().getLiveDocs(); // a scorer does not skip deleted (replaced) documents by itself
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && rows != limit; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        sink.accept(values.row(doc));
        progress.accept(++rows);
      }
    }
    return rows;
  }

  /** The export's columns for this index, in the order written. */
  static List<FactColumn> columnsOf(DirectoryReader reader) {
    List<FactColumn> out = new ArrayList<>();
    out.add(new FactColumn("id", Type.TEXT, IndexSchema.ID));
    for (String f : List.of(IndexSchema.KIND, IndexSchema.SOURCE, IndexSchema.VENUE)) {
      out.add(new FactColumn(f, Type.TEXT, f));
    }
    out.add(new FactColumn("year", Type.INT, IndexSchema.YEAR));
    out.add(new FactColumn("month", Type.INT, IndexSchema.MONTH));
    for (String f : List.of(IndexSchema.DOMAIN, IndexSchema.DOMAIN_SOURCE, IndexSchema.LIBRARY, IndexSchema.TASK)) {
      out.add(new FactColumn(f, Type.TEXT, f));
    }
    FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
    // Methods as the commit records them (primary first); then any framework.<m> field the commit does not name.
    List<String> methods = new ArrayList<>(IndexDirectory.commitData(reader).methodVersions().keySet());
    Set<String> seenFields = new LinkedHashSet<>();
    for (int i = 0; i < methods.size(); i++) {
      String field = IndexSchema.frameworkField(methods.get(i), i == 0);
      seenFields.add(field);
      out.add(new FactColumn(FRAMEWORKS_PREFIX + columnSafe(methods.get(i)), Type.TEXT_LIST, field));
    }
    if (methods.isEmpty()) {
      seenFields.add(IndexSchema.FRAMEWORK);
      out.add(new FactColumn("frameworks", Type.TEXT_LIST, IndexSchema.FRAMEWORK));
    }
    for (String field : sortedSetFields(infos, IndexSchema.FRAMEWORK + ".")) {
      if (seenFields.add(field)) {
        out.add(new FactColumn(FRAMEWORKS_PREFIX + columnSafe(field.substring(IndexSchema.FRAMEWORK.length() + 1)),
            Type.TEXT_LIST, field));
      }
    }
    // What a paper's code repository declares (the papers crawl's code judge), beside what its text names.
    out.add(new FactColumn(IndexSchema.FRAMEWORK_CODE, Type.TEXT_LIST, IndexSchema.FRAMEWORK_CODE));
    out.add(new FactColumn("excluded_by", Type.TEXT_LIST, IndexSchema.EXCLUDED));
    Set<String> labels = new LinkedHashSet<>(List.of(IndexSchema.LABEL_DOMAIN, IndexSchema.LABEL_USAGE));
    labels.addAll(sortedSetFields(infos, "label_"));
    for (String f : labels) {
      out.add(new FactColumn(f, Type.TEXT, f));
    }
    for (String f : IndexSchema.METRIC_FIELDS) {
      out.add(new FactColumn(f, Type.LONG, f));
    }
    return Collections.unmodifiableList(out);
  }

  /** {@code horace-2019} -> {@code horace_2019}: a name every reader takes without quoting (R, pandas attribute access). */
  static String columnSafe(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
  }

  private static Set<String> sortedSetFields(FieldInfos infos, String prefix) {
    Set<String> out = new TreeSet<>();
    for (FieldInfo fi : infos) {
      if (fi.name.startsWith(prefix) && fi.getDocValuesType() == DocValuesType.SORTED_SET) {
        out.add(fi.name);
      }
    }
    return out;
  }

  /** One segment's value sources, one per column; doc values are read forward only, as the documents come. */
  private static final class LeafColumns {
    private static final Set<String> ID_ONLY = Set.of(IndexSchema.ID);

    private final List<FactColumn> columns;
    private final Object[] sources;
    private final StoredFields stored;

    LeafColumns(LeafReader leaf, List<FactColumn> columns) throws IOException {
      this.columns = columns;
      this.sources = new Object[columns.size()];
      this.stored = leaf.storedFields();
      for (int i = 0; i < columns.size(); i++) {
        FactColumn c = columns.get(i);
        if (c.field().equals(IndexSchema.ID)) {
          sources[i] = null; // stored only: the id has no doc values
        } else if (c.type() == Type.LONG) {
          sources[i] = DocValues.getNumeric(leaf, c.field());
        } else {
          sources[i] = DocValues.getSortedSet(leaf, c.field());
        }
      }
    }

    FactRow row(int doc) throws IOException {
      List<Object> cells = new ArrayList<>(columns.size());
      for (int i = 0; i < columns.size(); i++) {
        FactColumn c = columns.get(i);
        if (sources[i] == null) {
          cells.add(stored.document(doc, ID_ONLY).get(IndexSchema.ID)); // reads the id alone, not _source
        } else if (sources[i] instanceof NumericDocValues n) {
          cells.add(n.advanceExact(doc) ? n.longValue() : null);
        } else {
          List<String> values = values((SortedSetDocValues) sources[i], doc);
          cells.add(switch (c.type()) {
            case TEXT_LIST -> values;
            case TEXT -> values.isEmpty() ? null : values.get(0);
            case INT -> values.isEmpty() ? null : intValue(c, values.get(0));
            case LONG -> throw new IllegalStateException("unreachable: LONG columns read numeric doc values");
          });
        }
      }
      return new FactRow(cells);
    }

    private static List<String> values(SortedSetDocValues dv, int doc) throws IOException {
      if (!dv.advanceExact(doc)) {
        return List.of();
      }
      int n = dv.docValueCount();
      List<String> out = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        out.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
      }
      return List.copyOf(out);
    }

    /** {@code 2019} for a year, {@code 3} for the month {@code 2019-03}. */
    private static Integer intValue(FactColumn c, String value) {
      String number = c.field().equals(IndexSchema.MONTH) ? value.substring(value.indexOf('-') + 1) : value;
      return Integer.valueOf(number);
    }
  }
}
