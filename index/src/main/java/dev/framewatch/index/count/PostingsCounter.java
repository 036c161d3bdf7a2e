package dev.framewatch.index.count;

import dev.framewatch.index.count.SegmentCounter.LeafDimension;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;

/**
 * The count of every document of a slice, read from the postings of the dimension terms instead of each document's doc values.
 *
 * <p>An unfiltered share visits every document, and {@link SegmentCounter} then pays a doc-values lookup per document and
 * dimension. Here each dimension's terms are walked once and their postings (decoded 128 documents at a time) add the term's
 * ordinal into one {@code int} per document; a last pass over that array counts the groups. It is the same arithmetic as
 * {@link SegmentCounter} (the packed ordinal tuple, the dense count layout, the same fold), so both give identical tallies; the
 * keyword fields are indexed both as terms and as doc values from the same values ({@code DocumentBuilder}), and a term the
 * doc values do not know sends the segment back to {@link SegmentCounter}.
 *
 * <p>It applies only where that holds cheaply: all documents or all but those of some excluding terms (the method's
 * exclusions, the star snapshots), whole-document counts, group dimensions with one value per document, and an ordinal space
 * small enough for the dense layout.
 */
final class PostingsCounter {
  /** The sign bit of a document's group: set when the document names any framework. */
  private static final int ANY_FRAMEWORK = 0x8000_0000;

  private PostingsCounter() {}

  /**
   * The terms whose documents the plan leaves out when it counts every other document; null when the plan filters otherwise
   * (a {@code --where}) or weighs documents by 1/n, where {@link SegmentCounter} counts.
   */
  static List<Term> excludedTermsOrNull(CountPlan plan) {
    if (plan.fractional()) {
      return null;
    }
    Query q = plan.query();
    if (q instanceof MatchAllDocsQuery) {
      return List.of();
    }
    if (!(q instanceof BooleanQuery bq)) {
      return null;
    }
    List<Term> excluded = new ArrayList<>();
    boolean all = false;
    for (BooleanClause c : bq.clauses()) {
      if (c.getOccur() == BooleanClause.Occur.MUST && c.getQuery() instanceof MatchAllDocsQuery && !all) {
        all = true;
      } else if (c.getOccur() == BooleanClause.Occur.MUST_NOT && c.getQuery() instanceof TermQuery t) {
        excluded.add(t.getTerm());
      } else {
        return null;
      }
    }
    return all ? excluded : null;
  }

  /**
   * Counts documents {@code [from, to)} of one segment into {@code tally}, less the deleted ones and those of {@code excluded}.
   *
   * @return false, having counted nothing, when the segment does not suit (a group dimension with several values in a
   *     document, an ordinal space beyond {@code denseMaxSlots}, a term its doc values do not hold)
   */
  static boolean count(LeafReaderContext leaf, int from, int to, CountPlan plan, List<Term> excluded, Tally tally,
      int denseMaxSlots) throws IOException {
    LeafReader reader = leaf.reader();
    int nd = plan.groupBy().size();
    LeafDimension[] dims = new LeafDimension[nd];
    for (int i = 0; i < nd; i++) {
      SortedSetDocValues values = DocValues.getSortedSet(reader, IndexSchema.fieldOf(plan.groupBy().get(i)));
      if (DocValues.unwrapSingleton(values) == null) {
        return false; // several values in a document: SegmentCounter takes the lowest, a postings walk would add them all
      }
      dims[i] = new LeafDimension(values);
    }
    long[] radix = SegmentCounter.radix(dims);
    LeafDimension frameworks = new LeafDimension(DocValues.getSortedSet(reader, plan.frameworkField()));
    long fwCount = frameworks.values.getValueCount();
    if (radix == null || fwCount > Integer.MAX_VALUE - 2) {
      return false;
    }
    int stride = (int) fwCount + 2;
    long groupSpace = 1;
    for (LeafDimension d : dims) {
      groupSpace *= d.values.getValueCount() + 1;
    }
    // One group more than the ordinal space: where deleted and excluded documents go, never folded.
    if ((groupSpace + 1) * stride > denseMaxSlots) {
      return false;
    }
    int skipped = (int) groupSpace;
    int[] group = new int[to - from];
    for (int i = 0; i < nd; i++) {
      if (!addOrdinals(reader, IndexSchema.fieldOf(plan.groupBy().get(i)), dims[i].values, (int) radix[i], group, from)) {
        return false;
      }
    }
    Bits live = reader.getLiveDocs();
    if (live != null) {
      for (int d = from; d < to; d++) {
        if (!live.get(d)) {
          group[d - from] = skipped;
        }
      }
    }
    for (Term t : excluded) {
      PostingsEnum pe = reader.postings(t, PostingsEnum.NONE);
      if (pe != null) {
        for (int d = pe.advance(from); d < to; d = pe.nextDoc()) {
          group[d - from] = skipped;
        }
      }
    }
    long[] counts = new long[(int) (groupSpace + 1) * stride];
    Terms fwTerms = reader.terms(plan.frameworkField());
    if (fwTerms == null && fwCount > 0) {
      return false;
    }
    if (fwTerms != null) {
      PostingsEnum postings = null;
      TermsEnum te = fwTerms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        long ord = frameworks.values.lookupTerm(term);
        if (ord < 0) {
          return false;
        }
        postings = te.postings(postings, PostingsEnum.NONE);
        int slot = 2 + (int) ord;
        for (int d = postings.advance(from); d < to; d = postings.nextDoc()) {
          int g = group[d - from];
          counts[(g & ~ANY_FRAMEWORK) * stride + slot]++;
          group[d - from] = g | ANY_FRAMEWORK;
        }
      }
    }
    for (int g : group) {
      int base = (g & ~ANY_FRAMEWORK) * stride;
      counts[base]++;
      if (g < 0) {
        counts[base + 1]++;
      }
    }
    SegmentCounter.fold(tally, counts, null, skipped, null, stride, radix, dims, frameworks, false);
    return true;
  }

  /**
   * Adds {@code (ordinal + 1) * radix} to the group of every document in {@code [from, to)} holding a term of {@code field}.
   *
   * @return false when the field's terms and doc values disagree (a term the doc values lack, values without terms)
   */
  private static boolean addOrdinals(LeafReader reader, String field, SortedSetDocValues values, int radix, int[] group,
      int from) throws IOException {
    Terms terms = reader.terms(field);
    if (terms == null) {
      return values.getValueCount() == 0; // no document holds the field: every group keeps ordinal -1 for it
    }
    int to = from + group.length;
    PostingsEnum postings = null;
    TermsEnum te = terms.iterator();
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      long ord = values.lookupTerm(term);
      if (ord < 0) {
        return false;
      }
      int add = (int) (ord + 1) * radix;
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int d = postings.advance(from); d < to; d = postings.nextDoc()) {
        group[d - from] += add;
      }
    }
    return true;
  }
}
