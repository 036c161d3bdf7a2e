package dev.framewatch.index.count;

import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.query.WhereParser;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.framewatch.core.method.Method;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Counts documents per group and framework in one pass over the matching documents, reading only doc values (never stored
 * fields). This is the number behind every share: {@code count / documentsAnyFramework} per group.
 *
 * <p>Per segment, documents are grouped by their ordinal tuple packed into a {@code long} and counted in flat {@code long}
 * arrays (indexed by the packed tuple when the ordinal space is small, else through a primitive hash map), with no allocation
 * per document; ordinals become strings only when a segment's counts are folded into the result, once per distinct group.
 */
public final class ShareCounter {
  private final Vocabulary vocabulary;
  private final WhereParser whereParser;

  public ShareCounter() {
    this(Vocabulary.standard());
  }

  public ShareCounter(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.whereParser = new WhereParser(vocabulary);
  }

  /**
   * @param where a {@code --where} query, null or blank for all documents
   * @param by the dimensions to group by; {@code framework} among them is implied by the rows and dropped from the group
   * @throws IllegalArgumentException when {@code where} does not parse
   */
  public ShareCounts count(IndexReader reader, String where, List<Dimension> by) {
    CommitData commit = IndexDirectory.commitData(reader);
    return count(reader, where, by, new Counting(IndexSchema.FRAMEWORK, commit.methodName(), commit.methodVersion(), false));
  }

  /**
   * Counts with one of the methods the index was built with (its primary or one of {@code method.indexed}): that method's
   * framework field, without the documents its exclusions remove, weighing documents 1/n under a fractional method.
   *
   * @throws IllegalArgumentException when the index does not count with this method, or with another version of it
   */
  public ShareCounts count(IndexReader reader, String where, List<Dimension> by, Method method) {
    CommitData commit = IndexDirectory.commitData(reader);
    Map<String, String> indexed = commit.methodVersions();
    String version = indexed.get(method.name());
    if (version == null || !version.equals(method.version())) {
      String have = indexed.isEmpty() ? "none" : indexed.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
      throw new IllegalArgumentException("the index counts with methods " + have + ", not " + method.label()
          + ": add it to method.indexed (or make it method.default) and run `framewatch reindex`");
    }
    boolean primary = method.name().equals(commit.methodName());
    return count(reader, where, by, new Counting(IndexSchema.frameworkField(method.name(), primary), method.name(),
        method.version(), method.multiple() == Method.Multiple.FRACTIONAL));
  }

  /** Which field to count, for which method, and whether documents naming n frameworks give each 1/n. */
  private record Counting(String field, String methodName, String methodVersion, boolean fractional) {}

  /** Fractional weights are kept exactly as integers in units of 1/2520 (2520 is divisible by every n from 1 to 10). */
  static final long UNITS = 2520;

  private ShareCounts count(IndexReader reader, String where, List<Dimension> by, Counting counting) {
    Query parsed = whereParser.parse(where);
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST);
    boolean filtered = false;
    Term excluded = counting.methodName() == null ? null : new Term(IndexSchema.EXCLUDED, counting.methodName());
    Term stars = new Term(IndexSchema.KIND, "stars");
    try {
      // Documents the method's exclusions remove are outside its counts altogether, denominators included.
      if (excluded != null && reader.docFreq(excluded) > 0) {
        q.add(new TermQuery(excluded), BooleanClause.Occur.MUST_NOT);
        filtered = true;
      }
      // Daily star snapshots are a time series of one repository, not documents that each choose a framework: counted as
      // documents, 3,000 days of one repo would outweigh every paper. Shares count them only when asked (--where kind:...).
      if ((where == null || !where.contains(IndexSchema.KIND + ":")) && reader.docFreq(stars) > 0) {
        q.add(new TermQuery(stars), BooleanClause.Occur.MUST_NOT);
        filtered = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
    // Clauses only where the index has such documents: an exclusion costs a check per matching document.
    Query query = filtered ? q.build() : parsed;
    List<Dimension> groupBy = by.stream().filter(d -> d != Dimension.FRAMEWORK).distinct().toList();
    Tally tally = new Tally();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
          countLeaf(leaf, scorer.iterator(), groupBy, counting, tally);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
    return new ShareCounts(by, where, counting.methodName(), counting.methodVersion(), rows(groupBy, tally, counting),
        tally.matching, tally.matchingAnyFramework, groupTotals(groupBy, tally));
  }

  /**
   * Counts one segment into flat {@code long} arrays, then folds them into the tally once per distinct group. Each group has
   * {@code stride = frameworks + 2} slots: documents, documents naming any framework, then one count per framework ordinal. When
   * the product of the dimensions' cardinalities is small the packed ordinal tuple is the group's index directly (dense);
   * otherwise a primitive hash map gives each tuple seen an index (sparse). Nothing is allocated per document.
   */
  private static void countLeaf(LeafReaderContext leaf, DocIdSetIterator docs, List<Dimension> groupBy, Counting counting,
      Tally tally) throws IOException {
    LeafReader reader = leaf.reader();
    Bits live = reader.getLiveDocs(); // scorers do not skip deleted (replaced) documents; we must
    int nd = groupBy.size();
    LeafDimension[] dims = new LeafDimension[nd];
    SortedDocValues[] single = new SortedDocValues[nd];
    for (int i = 0; i < nd; i++) {
      SortedSetDocValues values = DocValues.getSortedSet(reader, IndexSchema.fieldOf(groupBy.get(i)));
      dims[i] = new LeafDimension(values);
      single[i] = DocValues.unwrapSingleton(values); // one value per document: the cheaper iterator
    }
    long[] radix = radix(dims);
    if (radix == null) {
      countLeafByValues(reader, docs, dims, counting, tally); // cardinalities whose product overflows a long: not seen
      return;
    }
    LeafDimension frameworks = new LeafDimension(DocValues.getSortedSet(reader, counting.field()));
    SortedSetDocValues fwMulti = frameworks.values;
    SortedDocValues fwSingle = DocValues.unwrapSingleton(fwMulti);
    long fwCount = fwMulti.getValueCount();
    if (fwCount > Integer.MAX_VALUE - 2) {
      countLeafByValues(reader, docs, dims, counting, tally);
      return;
    }
    boolean fractional = counting.fractional();
    int stride = (int) fwCount + 2;
    long groupSpace = 1;
    for (LeafDimension d : dims) {
      groupSpace *= d.values.getValueCount() + 1; // cannot overflow: radix() succeeded
    }
    boolean dense = groupSpace <= DENSE_MAX_SLOTS / stride;
    LongIntMap groupIndex = dense ? null : new LongIntMap();
    long[] counts = new long[dense ? (int) groupSpace * stride : 16 * stride];
    // Fractional methods: each framework's weight in units of 1/UNITS, same layout as counts (only the framework slots used).
    long[] units = fractional ? new long[counts.length] : null;
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      long packed = 0;
      for (int i = 0; i < nd; i++) {
        long ord;
        SortedDocValues s = single[i];
        if (s != null) {
          ord = s.advanceExact(doc) ? s.ordValue() : -1;
        } else {
          ord = dims[i].firstOrd(doc);
        }
        packed += (ord + 1) * radix[i];
      }
      int base;
      if (dense) {
        base = (int) packed * stride;
      } else {
        int g = groupIndex.indexOf(packed);
        base = g * stride;
        if (base + stride > counts.length) {
          counts = Arrays.copyOf(counts, Math.max(base + stride, counts.length * 2));
          if (units != null) {
            units = Arrays.copyOf(units, counts.length);
          }
        }
      }
      counts[base]++;
      if (fwSingle != null) {
        if (fwSingle.advanceExact(doc)) {
          counts[base + 1]++;
          counts[base + 2 + fwSingle.ordValue()]++;
        }
      } else if (fwMulti.advanceExact(doc)) {
        int n = fwMulti.docValueCount();
        if (n > 0) {
          counts[base + 1]++;
        }
        long share = fractional ? UNITS / n : 0;
        for (int j = 0; j < n; j++) {
          int slot = base + 2 + (int) fwMulti.nextOrd();
          counts[slot]++;
          if (fractional) {
            units[slot] += share;
          }
        }
      }
    }
    // Fold: strings are built once per group and framework ordinal of this segment, never per document.
    int groups = dense ? (int) groupSpace : groupIndex.size();
    int[] fwSlot = new int[(int) fwCount];
    Arrays.fill(fwSlot, -1);
    long[] ords = new long[nd];
    for (int g = 0; g < groups; g++) {
      int base = g * stride;
      if (counts[base] == 0) {
        continue;
      }
      long packed = dense ? g : groupIndex.keyAt(g);
      for (int i = nd - 1; i >= 0; i--) {
        ords[i] = packed / radix[i] - 1;
        packed %= radix[i];
      }
      Group group = tally.group(values(dims, ords));
      group.documents += counts[base];
      group.documentsAnyFramework += counts[base + 1];
      tally.matching += counts[base];
      tally.matchingAnyFramework += counts[base + 1];
      for (int f = 0; f < fwCount; f++) {
        long c = counts[base + 2 + f];
        if (c > 0) {
          if (fwSlot[f] < 0) {
            fwSlot[f] = tally.frameworkSlot(frameworks.lookup(f));
          }
          // A single-valued segment never names two frameworks in one document: whole counts are the weights.
          group.add(fwSlot[f], c, fractional && fwSingle == null ? units[base + 2 + f] : c * UNITS);
        }
      }
    }
  }

  /** Most {@code long} slots a dense per-segment count array may take (8 MB); beyond it groups are hashed. */
  static final int DENSE_MAX_SLOTS = 1 << 20;

  /** The general path: groups keyed by their values, for ordinal spaces too large to pack into a long. */
  private static void countLeafByValues(LeafReader reader, DocIdSetIterator docs, LeafDimension[] dims, Counting counting,
      Tally tally) throws IOException {
    Bits live = reader.getLiveDocs();
    LeafDimension frameworks = new LeafDimension(DocValues.getSortedSet(reader, counting.field()));
    long[] ords = new long[dims.length];
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      for (int i = 0; i < dims.length; i++) {
        ords[i] = dims[i].firstOrd(doc);
      }
      Group group = tally.group(values(dims, ords));
      group.documents++;
      tally.matching++;
      if (frameworks.values.advanceExact(doc)) {
        int n = frameworks.values.docValueCount();
        if (n > 0) {
          group.documentsAnyFramework++;
          tally.matchingAnyFramework++;
        }
        long share = counting.fractional() ? UNITS / n : UNITS;
        for (int j = 0; j < n; j++) {
          group.add(tally.frameworkSlot(frameworks.lookup(frameworks.values.nextOrd())), 1, share);
        }
      }
    }
  }

  /** Multipliers packing one ordinal per dimension (-1 for "missing") into a long, or null when they would not fit. */
  private static long[] radix(LeafDimension[] dims) {
    long[] radix = new long[dims.length];
    long m = 1;
    try {
      for (int i = 0; i < dims.length; i++) {
        radix[i] = m;
        m = Math.multiplyExact(m, dims[i].values.getValueCount() + 1);
      }
    } catch (ArithmeticException e) {
      return null;
    }
    return radix;
  }

  private static List<String> values(LeafDimension[] dims, long[] ords) throws IOException {
    String[] out = new String[dims.length];
    for (int i = 0; i < dims.length; i++) {
      out[i] = ords[i] < 0 ? "" : dims[i].lookup(ords[i]);
    }
    return List.of(out);
  }

  private List<ShareRow> rows(List<Dimension> groupBy, Tally tally, Counting counting) {
    List<Map.Entry<List<String>, Group>> groups = new ArrayList<>(tally.groups.entrySet());
    groups.sort(Map.Entry.comparingByKey(ShareCounter::compareValues));
    List<Integer> frameworkOrder = frameworkOrder(tally.frameworks);
    List<ShareRow> rows = new ArrayList<>();
    for (Map.Entry<List<String>, Group> e : groups) {
      Map<String, String> groupValues = new LinkedHashMap<>();
      for (int i = 0; i < groupBy.size(); i++) {
        groupValues.put(groupBy.get(i).key(), e.getKey().get(i));
      }
      Group g = e.getValue();
      for (int slot : frameworkOrder) {
        long count = g.count(slot);
        if (count > 0) {
          double weight = counting.fractional() ? (double) g.units(slot) / UNITS : count;
          rows.add(new ShareRow(groupValues, tally.frameworks.get(slot), count, g.documents, g.documentsAnyFramework,
              weight));
        }
      }
    }
    return rows;
  }

  /** Every group's denominators, sorted like the rows; groups where no document names a framework included. */
  private static List<ShareCounts.GroupTotal> groupTotals(List<Dimension> groupBy, Tally tally) {
    List<Map.Entry<List<String>, Group>> groups = new ArrayList<>(tally.groups.entrySet());
    groups.sort(Map.Entry.comparingByKey(ShareCounter::compareValues));
    List<ShareCounts.GroupTotal> out = new ArrayList<>();
    for (Map.Entry<List<String>, Group> e : groups) {
      Map<String, String> groupValues = new LinkedHashMap<>();
      for (int i = 0; i < groupBy.size(); i++) {
        groupValues.put(groupBy.get(i).key(), e.getKey().get(i));
      }
      out.add(new ShareCounts.GroupTotal(groupValues, e.getValue().documents, e.getValue().documentsAnyFramework));
    }
    return out;
  }

  /** Slots in the vocabulary's framework order; ids the vocabulary does not know (an older method's?) after, by name. */
  private List<Integer> frameworkOrder(List<String> frameworks) {
    List<String> known = vocabulary.frameworkIds();
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < frameworks.size(); i++) {
      slots.add(i);
    }
    Comparator<Integer> byVocabulary = Comparator.comparingInt(s -> {
      int i = known.indexOf(frameworks.get(s));
      return i < 0 ? Integer.MAX_VALUE : i;
    });
    slots.sort(byVocabulary.thenComparing(frameworks::get));
    return slots;
  }

  private static int compareValues(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** One dimension's doc values in one segment, with the ordinal-to-string lookups cached. */
  private static final class LeafDimension {
    final SortedSetDocValues values;
    private final Map<Long, String> names = new HashMap<>();

    LeafDimension(SortedSetDocValues values) {
      this.values = values;
    }

    /** The document's (lowest) ordinal, or -1 when it has no value; dimensions other than framework hold one value. */
    long firstOrd(int doc) throws IOException {
      return values.advanceExact(doc) ? values.nextOrd() : -1;
    }

    String lookup(long ord) throws IOException {
      String name = names.get(ord);
      if (name == null) {
        name = values.lookupOrd(ord).utf8ToString();
        names.put(ord, name);
      }
      return name;
    }
  }

  /** Counts across segments, keyed by the group's values (strings, so segments agree). */
  private static final class Tally {
    final Map<List<String>, Group> groups = new HashMap<>();
    final List<String> frameworks = new ArrayList<>();
    final Map<String, Integer> frameworkSlots = new HashMap<>();
    long matching;
    long matchingAnyFramework;

    Group group(List<String> values) {
      return groups.computeIfAbsent(values, v -> new Group());
    }

    int frameworkSlot(String framework) {
      return frameworkSlots.computeIfAbsent(framework, f -> {
        frameworks.add(f);
        return frameworks.size() - 1;
      });
    }
  }

  private static final class Group {
    long documents;
    long documentsAnyFramework;
    private long[] counts = new long[8];
    private long[] units = new long[8];

    void add(int slot, long amount, long weightUnits) {
      if (slot >= counts.length) {
        counts = Arrays.copyOf(counts, Math.max(slot + 1, counts.length * 2));
        units = Arrays.copyOf(units, counts.length);
      }
      counts[slot] += amount;
      units[slot] += weightUnits;
    }

    long count(int slot) {
      return slot < counts.length ? counts[slot] : 0;
    }

    long units(int slot) {
      return slot < units.length ? units[slot] : 0;
    }
  }

  /** Open-addressing map from a packed ordinal tuple to a dense group index (0, 1, 2, ... in order of first sight). */
  private static final class LongIntMap {
    private long[] keys = new long[64];
    private int[] values = new int[64];
    private boolean[] used = new boolean[64];
    private long[] byIndex = new long[16];
    private int size;

    /** The key's index, adding it when new. */
    int indexOf(long key) {
      int mask = keys.length - 1;
      int i = (int) mix(key) & mask;
      while (used[i]) {
        if (keys[i] == key) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      used[i] = true;
      keys[i] = key;
      values[i] = size;
      if (size == byIndex.length) {
        byIndex = Arrays.copyOf(byIndex, size * 2);
      }
      byIndex[size] = key;
      size++;
      if (size * 2 > keys.length) {
        rehash();
      }
      return size - 1;
    }

    long keyAt(int index) {
      return byIndex[index];
    }

    int size() {
      return size;
    }

    private void rehash() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      boolean[] oldUsed = used;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      used = new boolean[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldUsed[j]) {
          int i = (int) mix(oldKeys[j]) & mask;
          while (used[i]) {
            i = (i + 1) & mask;
          }
          used[i] = true;
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
        }
      }
    }

    private static long mix(long x) {
      x ^= x >>> 33;
      x *= 0xff51afd7ed558ccdL;
      x ^= x >>> 33;
      return x;
    }
  }
}
