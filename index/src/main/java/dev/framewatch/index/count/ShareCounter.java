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
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
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
 * <p>Per segment, each dimension's ordinals are resolved to strings once (lazily, via {@code lookupOrd}), and documents are
 * grouped by their ordinal tuple packed into a {@code long}; strings are only built once per distinct group and segment.
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
    Query query = whereParser.parse(where);
    List<Dimension> groupBy = by.stream().filter(d -> d != Dimension.FRAMEWORK).distinct().toList();
    Tally tally = new Tally();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
          countLeaf(leaf, scorer.iterator(), groupBy, tally);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
    CommitData commit = IndexDirectory.commitData(reader);
    return new ShareCounts(by, where, commit.methodName(), commit.methodVersion(), rows(groupBy, tally),
        tally.matching, tally.matchingAnyFramework);
  }

  private static void countLeaf(LeafReaderContext leaf, DocIdSetIterator docs, List<Dimension> groupBy, Tally tally)
      throws IOException {
    Bits live = leaf.reader().getLiveDocs(); // scorers do not skip deleted (replaced) documents; we must
    LeafDimension[] dims = new LeafDimension[groupBy.size()];
    for (int i = 0; i < dims.length; i++) {
      dims[i] = new LeafDimension(DocValues.getSortedSet(leaf.reader(), IndexSchema.fieldOf(groupBy.get(i))));
    }
    LeafDimension frameworks =
        new LeafDimension(DocValues.getSortedSet(leaf.reader(), IndexSchema.fieldOf(Dimension.FRAMEWORK)));
    long[] radix = radix(dims);
    Map<Long, Group> byOrdinals = new HashMap<>();
    int[] frameworkSlot = new int[(int) Math.min(Integer.MAX_VALUE, frameworks.values.getValueCount())];
    Arrays.fill(frameworkSlot, -1);
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      long[] ords = new long[dims.length];
      for (int i = 0; i < dims.length; i++) {
        ords[i] = dims[i].firstOrd(doc);
      }
      Group group;
      if (radix != null) {
        long packed = 0;
        for (int i = 0; i < dims.length; i++) {
          packed += (ords[i] + 1) * radix[i];
        }
        group = byOrdinals.get(packed);
        if (group == null) {
          group = tally.group(values(dims, ords));
          byOrdinals.put(packed, group);
        }
      } else {
        group = tally.group(values(dims, ords));
      }
      group.documents++;
      tally.matching++;
      if (frameworks.values.advanceExact(doc)) {
        int n = frameworks.values.docValueCount();
        if (n > 0) {
          group.documentsAnyFramework++;
          tally.matchingAnyFramework++;
        }
        for (int j = 0; j < n; j++) {
          int ord = (int) frameworks.values.nextOrd();
          int slot = frameworkSlot[ord];
          if (slot < 0) {
            slot = tally.frameworkSlot(frameworks.lookup(ord));
            frameworkSlot[ord] = slot;
          }
          group.add(slot);
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

  private List<ShareRow> rows(List<Dimension> groupBy, Tally tally) {
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
          rows.add(new ShareRow(groupValues, tally.frameworks.get(slot), count, g.documents, g.documentsAnyFramework));
        }
      }
    }
    return rows;
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

    void add(int slot) {
      if (slot >= counts.length) {
        counts = Arrays.copyOf(counts, Math.max(slot + 1, counts.length * 2));
      }
      counts[slot]++;
    }

    long count(int slot) {
      return slot < counts.length ? counts[slot] : 0;
    }
  }
}
