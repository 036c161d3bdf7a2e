package dev.framewatch.analytics.adoption;

import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The paper-code adoption signal: papers per framework by the framework their code repository's own files name
 * ({@code framework_code}, judged at crawl time), not by what their text says. A paper whose code names two frameworks counts
 * for each. Papers carry a year, not a month: their rows fall in January of the paper's year, so a chart by month shows one
 * point a year; papers without a year are left out. A pure function of the index's commit.
 */
public final class PaperCodeSignal {
  private final Vocabulary vocabulary;

  public PaperCodeSignal() {
    this(Vocabulary.standard());
  }

  public PaperCodeSignal(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /**
   * Rows ordered by month, then framework in vocabulary order.
   *
   * @param frameworks empty for all
   * @param from first month, inclusive, or null
   * @param to last month, inclusive, or null
   */
  public List<SignalRow> rows(IndexReader reader, List<String> frameworks, YearMonth from, YearMonth to) {
    List<String> ids = vocabulary.frameworkIds();
    Map<YearMonth, long[]> counts = new TreeMap<>();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      var query = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.KIND, "paper")), BooleanClause.Occur.FILTER)
          .add(new FieldExistsQuery(IndexSchema.FRAMEWORK_CODE), BooleanClause.Occur.FILTER).build();
      Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        SortedSetDocValues years = DocValues.getSortedSet(leaf.reader(), IndexSchema.YEAR);
        SortedSetDocValues code = DocValues.getSortedSet(leaf.reader(), IndexSchema.FRAMEWORK_CODE);
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live != null && !live.get(doc) || !years.advanceExact(doc) || !code.advanceExact(doc)) {
            continue;
          }
          YearMonth month = YearMonth.of(Integer.parseInt(years.lookupOrd(years.nextOrd()).utf8ToString()), 1);
          long[] c = counts.computeIfAbsent(month, m -> new long[ids.size() + 1]);
          boolean any = false;
          for (int i = 0; i < code.docValueCount(); i++) {
            int f = ids.indexOf(code.lookupOrd(code.nextOrd()).utf8ToString());
            if (f >= 0) {
              c[f]++;
              any = true;
            }
          }
          if (any) {
            c[ids.size()]++; // papers whose code names any framework: the share's denominator
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
    List<SignalRow> out = new ArrayList<>();
    counts.forEach((month, c) -> {
      if ((from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to))) {
        for (int f = 0; f < ids.size(); f++) {
          if (c[f] > 0 && (frameworks.isEmpty() || frameworks.contains(ids.get(f)))) {
            out.add(new SignalRow(month, ids.get(f), c[f], (double) c[f] / c[ids.size()]));
          }
        }
      }
    });
    return out;
  }
}
