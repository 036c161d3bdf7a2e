package dev.framewatch.index.search;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Stars;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Star timelines from the index's daily snapshots. Snapshot ids are {@code stars:<owner/name>:<date>}, so one repository's
 * history is one prefix of the id terms: no scan over other documents.
 */
public final class StarSeriesSearch {
  private static final String PREFIX = Stars.ID_PREFIX;
  /** More snapshots than this per repository are not drawn (27 years of days). */
  static final int MAX_POINTS = 10_000;

  private StarSeriesSearch() {}

  /** The repositories with any snapshot, sorted. */
  public static List<String> repositories(IndexReader reader) {
    TreeSet<String> out = new TreeSet<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(IndexSchema.ID);
        if (terms == null) {
          continue;
        }
        TermsEnum it = terms.iterator();
        if (it.seekCeil(new BytesRef(PREFIX)) == TermsEnum.SeekStatus.END) {
          continue;
        }
        for (BytesRef t = it.term(); t != null && t.utf8ToString().startsWith(PREFIX); t = it.next()) {
          String id = t.utf8ToString();
          int cut = id.lastIndexOf(':');
          if (cut > PREFIX.length()) {
            out.add(id.substring(PREFIX.length(), cut));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
    return new ArrayList<>(out);
  }

  /** Each repository's snapshots from {@code since} (null: all); a repository without any gives an empty series. */
  public static List<StarSeries> read(IndexReader reader, List<String> repos, LocalDate since) {
    IndexSearcher searcher = new IndexSearcher(reader);
    List<StarSeries> out = new ArrayList<>();
    try {
      for (String repo : repos) {
        TopDocs top = searcher.search(new PrefixQuery(new Term(IndexSchema.ID, Stars.idPrefix(repo))), MAX_POINTS);
        List<Stars> snapshots = new ArrayList<>();
        for (ScoreDoc d : top.scoreDocs) {
          EvidenceRecord r = RecordCodec.decode(searcher.storedFields().document(d.doc).get(IndexSchema.SOURCE_JSON));
          if (r instanceof Stars s && s.repo().equals(repo)) {
            snapshots.add(s);
          }
        }
        snapshots.sort(Comparator.comparing(Stars::date));
        LocalDate first = snapshots.isEmpty() ? null : snapshots.get(0).date();
        List<StarSeries.Point> points = new ArrayList<>();
        for (Stars s : snapshots) {
          if (since == null || !s.date().isBefore(since)) {
            long day = s.date().toEpochDay() - first.toEpochDay();
            points.add(new StarSeries.Point(s.date(), day, s.stars(), s.newStars()));
          }
        }
        out.add(new StarSeries(repo, points));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
    return out;
  }
}
