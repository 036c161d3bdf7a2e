package dev.framewatch.index.weight;

import dev.framewatch.core.method.Method;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.count.CountPlan;
import dev.framewatch.index.query.WhereParser;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Shares weighted by a metric ({@code downloads} of Hugging Face models): each document counts by its weight instead of 1,
 * beside the plain count, with a bootstrap interval over documents ({@link Bootstrap}). Which documents, which method and
 * which groups is the same {@link CountPlan} as {@link dev.framewatch.index.count.ShareCounter}'s, restricted to documents
 * that have the weight; the counting itself is apart from the shared counter (one pass over doc values, each matching
 * document kept as weight + framework bits per group for the resampling).
 */
public final class WeightedShareCounter {
  public static final int DEFAULT_RESAMPLES = 1000;

  private final Vocabulary vocabulary;
  private final WhereParser whereParser;
  private final int resamples;

  public WeightedShareCounter() {
    this(Vocabulary.standard(), DEFAULT_RESAMPLES);
  }

  public WeightedShareCounter(Vocabulary vocabulary, int resamples) {
    if (resamples < 0) {
      throw new IllegalArgumentException("resamples must not be negative");
    }
    if (vocabulary.frameworkIds().size() > 64) {
      throw new IllegalArgumentException("at most 64 frameworks can be weighed");
    }
    this.vocabulary = vocabulary;
    this.whereParser = new WhereParser(vocabulary);
    this.resamples = resamples;
  }

  /**
   * @param method one of the index's methods, null for its primary
   * @param weightField a metric field of {@link IndexSchema#METRIC_FIELDS}
   * @throws IllegalArgumentException for a field that is not a metric, a bad {@code where}, a method the index lacks
   */
  public WeightedShares count(IndexReader reader, String where, List<Dimension> by, Method method, String weightField) {
    if (!IndexSchema.isMetric(weightField)) {
      throw new IllegalArgumentException("weight '" + weightField + "': not a metric of the index "
          + IndexSchema.METRIC_FIELDS);
    }
    CountPlan plan = CountPlan.of(reader, whereParser, where, by, method);
    Query q = new Query(plan, weightField);
    Map<List<String>, GroupSamples> groups = new TreeMap<>(WeightedShareCounter::compareGroups);
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      org.apache.lucene.search.Query query = new BooleanQuery.Builder()
          .add(plan.query(), BooleanClause.Occur.MUST)
          .add(new FieldExistsQuery(weightField), BooleanClause.Occur.FILTER).build();
      Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
          collect(leaf.reader(), scorer.iterator(), q, groups);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
    return result(plan, weightField, groups);
  }

  /** The plan and weight field, for one segment's pass. */
  private record Query(CountPlan plan, String weightField) {}

  private void collect(LeafReader reader, DocIdSetIterator docs, Query q, Map<List<String>, GroupSamples> groups)
      throws IOException {
    Bits live = reader.getLiveDocs();
    List<Dimension> groupBy = q.plan().groupBy();
    SortedSetDocValues[] dims = new SortedSetDocValues[groupBy.size()];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = DocValues.getSortedSet(reader, IndexSchema.fieldOf(groupBy.get(i)));
    }
    SortedSetDocValues frameworks = DocValues.getSortedSet(reader, q.plan().frameworkField());
    // The segment's framework ordinals as vocabulary ordinals (-1: not a framework of the vocabulary).
    int[] fwOrdinal = new int[(int) frameworks.getValueCount()];
    for (int o = 0; o < fwOrdinal.length; o++) {
      fwOrdinal[o] = vocabulary.frameworkIds().indexOf(frameworks.lookupOrd(o).utf8ToString());
    }
    NumericDocValues weights = DocValues.getNumeric(reader, q.weightField());
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      List<String> key = new ArrayList<>(dims.length);
      for (SortedSetDocValues d : dims) {
        key.add(d.advanceExact(doc) ? d.lookupOrd(d.nextOrd()).utf8ToString() : "");
      }
      long mask = 0;
      if (frameworks.advanceExact(doc)) {
        for (int i = 0; i < frameworks.docValueCount(); i++) {
          int v = fwOrdinal[(int) frameworks.nextOrd()];
          if (v >= 0) {
            mask |= 1L << v;
          }
        }
      }
      double w = weights.advanceExact(doc) ? Math.max(0, weights.longValue()) : 0;
      groups.computeIfAbsent(key, k -> new GroupSamples()).add(w, mask);
    }
  }

  private WeightedShares result(CountPlan plan, String weightField, Map<List<String>, GroupSamples> groups) {
    List<Dimension> groupBy = plan.groupBy();
    List<String> ids = vocabulary.frameworkIds();
    boolean fractional = plan.fractional();
    List<WeightedShareRow> rows = new ArrayList<>();
    long documents = 0;
    long documentsAny = 0;
    double total = 0;
    double totalAny = 0;
    for (Map.Entry<List<String>, GroupSamples> e : groups.entrySet()) {
      GroupSamples g = e.getValue();
      documents += g.documents;
      total += g.allWeight;
      int n = g.size;
      double[] weights = java.util.Arrays.copyOf(g.weights, n);
      double[] given = new double[n];
      long[] masks = java.util.Arrays.copyOf(g.masks, n);
      long[] counts = new long[ids.size()];
      double[] countWeights = new double[ids.size()];
      double[] fwWeights = new double[ids.size()];
      double anyWeight = 0;
      for (int i = 0; i < n; i++) {
        int named = Long.bitCount(masks[i]);
        given[i] = fractional ? weights[i] / named : weights[i];
        anyWeight += weights[i];
        for (long m = masks[i]; m != 0; m &= m - 1) {
          int f = Long.numberOfTrailingZeros(m);
          counts[f]++;
          countWeights[f] += fractional ? 1.0 / named : 1.0;
          fwWeights[f] += given[i];
        }
      }
      documentsAny += n;
      totalAny += anyWeight;
      double[][] ci = Bootstrap.intervals(weights, given, masks, ids.size(), resamples, seed(e.getKey()));
      Map<String, String> group = new LinkedHashMap<>();
      for (int d = 0; d < groupBy.size(); d++) {
        group.put(groupBy.get(d).key(), e.getKey().get(d));
      }
      for (int f = 0; f < ids.size(); f++) {
        if (counts[f] > 0) {
          rows.add(new WeightedShareRow(group, ids.get(f), counts[f], n, countWeights[f], fwWeights[f], anyWeight,
              ci[f][0], ci[f][1]));
        }
      }
    }
    return new WeightedShares(plan.by(), plan.where(), plan.methodName(), plan.methodVersion(), weightField, resamples, rows,
        documents, documentsAny, total, totalAny);
  }

  /** A group's seed from its values alone (String.hashCode is fixed by the language), so intervals never depend on order. */
  static long seed(List<String> key) {
    long h = 1125899906842597L;
    for (String s : key) {
      h = 31 * h + s.hashCode();
      h = 31 * h + 0x1F;
    }
    return h;
  }

  private static int compareGroups(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** One group's documents: all of them counted, and those naming a framework kept (weight, framework bits) to resample. */
  private static final class GroupSamples {
    long documents;
    double allWeight;
    int size;
    double[] weights = new double[8];
    long[] masks = new long[8];

    void add(double weight, long mask) {
      documents++;
      allWeight += weight;
      if (mask == 0) {
        return;
      }
      if (size == weights.length) {
        weights = java.util.Arrays.copyOf(weights, size * 2);
        masks = java.util.Arrays.copyOf(masks, size * 2);
      }
      weights[size] = weight;
      masks[size++] = mask;
    }
  }
}
