package dev.framewatch.analytics.report;

import dev.framewatch.core.record.Kind;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/** Per kind of evidence: how many documents the index holds and the newest evidence date among them (doc values only). */
public final class IndexFreshness {
  private IndexFreshness() {}

  public static List<WeeklyReport.Freshness> read(Path indexDir) {
    List<WeeklyReport.Freshness> out = new ArrayList<>();
    if (!IndexDirectory.exists(indexDir)) {
      for (Kind k : Kind.values()) {
        out.add(new WeeklyReport.Freshness(k.wireName(), 0, null));
      }
      return out;
    }
    try (DirectoryReader reader = IndexDirectory.openReader(indexDir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Kind k : Kind.values()) {
        Weight w = searcher.createWeight(new TermQuery(new Term(IndexSchema.KIND, k.wireName())),
            ScoreMode.COMPLETE_NO_SCORES, 1f);
        long count = 0;
        long newest = Long.MIN_VALUE;
        for (LeafReaderContext leaf : reader.leaves()) {
          Scorer s = w.scorer(leaf);
          if (s == null) {
            continue;
          }
          Bits live = leaf.reader().getLiveDocs();
          NumericDocValues days = leaf.reader().getNumericDocValues(IndexSchema.DAY);
          DocIdSetIterator it = s.iterator();
          for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            count++;
            if (days != null && days.advanceExact(doc)) {
              newest = Math.max(newest, days.longValue());
            }
          }
        }
        out.add(new WeeklyReport.Freshness(k.wireName(), count, newest == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(newest)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** The newest evidence date over all kinds but star snapshots (which run daily whatever else happens), or null. */
  public static LocalDate newest(List<WeeklyReport.Freshness> freshness) {
    return freshness.stream().filter(f -> !f.kind().equals(Kind.STARS.wireName()) && f.newestEvidence() != null)
        .map(WeeklyReport.Freshness::newestEvidence).max(LocalDate::compareTo).orElse(null);
  }
}
