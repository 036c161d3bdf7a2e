package dev.framewatch.index.count;

import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The ordinal tally engine: counts one segment's matching documents per group and framework, reading only doc values.
 *
 * <p>Documents are grouped by their ordinal tuple packed into a {@code long} and counted in flat {@code long} arrays (indexed by
 * the packed tuple when the ordinal space is small, else through a {@link LongIntMap}), with no allocation per document;
 * ordinals become strings only when the segment's counts are folded into the {@link Tally}, once per distinct group.
 */
final class SegmentCounter {
  /** Most {@code long} slots a dense per-segment count array may take (8 MB); beyond it groups are hashed. */
  static final int DENSE_MAX_SLOTS = 1 << 20;

  private SegmentCounter() {}

  /**
   * Counts one segment into flat {@code long} arrays, then folds them into the tally once per distinct group. Each group has
   * {@code stride = frameworks + 2} slots: documents, documents naming any framework, then one count per framework ordinal. When
   * the product of the dimensions' cardinalities is small the packed ordinal tuple is the group's index directly (dense);
   * otherwise a primitive hash map gives each tuple seen an index (sparse). Nothing is allocated per document.
   *
   * @param denseMaxSlots the most slots a dense array may take ({@link #DENSE_MAX_SLOTS}; tests pass 1 to force hashing)
   */
  static void count(LeafReaderContext leaf, DocIdSetIterator docs, CountPlan plan, Tally tally, int denseMaxSlots)
      throws IOException {
    LeafReader reader = leaf.reader();
    Bits live = reader.getLiveDocs(); // scorers do not skip deleted (replaced) documents; we must
    List<Dimension> groupBy = plan.groupBy();
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
      countByValues(reader, docs, dims, plan, tally); // cardinalities whose product overflows a long: not seen
      return;
    }
    LeafDimension frameworks = new LeafDimension(DocValues.getSortedSet(reader, plan.frameworkField()));
    SortedSetDocValues fwMulti = frameworks.values;
    SortedDocValues fwSingle = DocValues.unwrapSingleton(fwMulti);
    long fwCount = fwMulti.getValueCount();
    if (fwCount > Integer.MAX_VALUE - 2) {
      countByValues(reader, docs, dims, plan, tally);
      return;
    }
    boolean fractional = plan.fractional();
    int stride = (int) fwCount + 2;
    long groupSpace = 1;
    for (LeafDimension d : dims) {
      groupSpace *= d.values.getValueCount() + 1; // cannot overflow: radix() succeeded
    }
    boolean dense = groupSpace <= denseMaxSlots / stride;
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
        long share = fractional ? Tally.UNITS / n : 0;
        for (int j = 0; j < n; j++) {
          int slot = base + 2 + (int) fwMulti.nextOrd();
          counts[slot]++;
          if (fractional) {
            units[slot] += share;
          }
        }
      }
    }
    fold(tally, counts, units, dense ? (int) groupSpace : groupIndex.size(), dense ? null : groupIndex, stride, radix, dims,
        frameworks, fractional && fwSingle == null);
  }

  /**
   * Folds one segment's flat counts into the tally: strings are built once per group and framework ordinal of the segment,
   * never per document.
   *
   * @param groupIndex the packed tuple of each group index when groups were hashed, null when the index is the tuple
   * @param fractionalUnits whether {@code units} holds the framework weights; otherwise each count is a whole weight
   */
  static void fold(Tally tally, long[] counts, long[] units, int groups, LongIntMap groupIndex, int stride, long[] radix,
      LeafDimension[] dims, LeafDimension frameworks, boolean fractionalUnits) throws IOException {
    int nd = dims.length;
    int fwCount = stride - 2;
    int[] fwSlot = new int[fwCount];
    Arrays.fill(fwSlot, -1);
    long[] ords = new long[nd];
    for (int g = 0; g < groups; g++) {
      int base = g * stride;
      if (counts[base] == 0) {
        continue;
      }
      long packed = groupIndex == null ? g : groupIndex.keyAt(g);
      for (int i = nd - 1; i >= 0; i--) {
        ords[i] = packed / radix[i] - 1;
        packed %= radix[i];
      }
      Tally.Group group = tally.group(values(dims, ords));
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
          group.add(fwSlot[f], c, fractionalUnits ? units[base + 2 + f] : c * Tally.UNITS);
        }
      }
    }
  }

  /** The general path: groups keyed by their values, for ordinal spaces too large to pack into a long. */
  private static void countByValues(LeafReader reader, DocIdSetIterator docs, LeafDimension[] dims, CountPlan plan,
      Tally tally) throws IOException {
    Bits live = reader.getLiveDocs();
    LeafDimension frameworks = new LeafDimension(DocValues.getSortedSet(reader, plan.frameworkField()));
    long[] ords = new long[dims.length];
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      for (int i = 0; i < dims.length; i++) {
        ords[i] = dims[i].firstOrd(doc);
      }
      Tally.Group group = tally.group(values(dims, ords));
      group.documents++;
      tally.matching++;
      if (frameworks.values.advanceExact(doc)) {
        int n = frameworks.values.docValueCount();
        if (n > 0) {
          group.documentsAnyFramework++;
          tally.matchingAnyFramework++;
        }
        long share = plan.fractional() ? Tally.UNITS / n : Tally.UNITS;
        for (int j = 0; j < n; j++) {
          group.add(tally.frameworkSlot(frameworks.lookup(frameworks.values.nextOrd())), 1, share);
        }
      }
    }
  }

  /** Multipliers packing one ordinal per dimension (-1 for "missing") into a long, or null when they would not fit. */
  static long[] radix(LeafDimension[] dims) {
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

  /** One dimension's doc values in one segment, with the ordinal-to-string lookups cached. */
  static final class LeafDimension {
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
}
