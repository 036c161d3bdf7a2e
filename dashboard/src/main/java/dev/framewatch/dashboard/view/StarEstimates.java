package dev.framewatch.dashboard.view;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Stars;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;

/**
 * The star snapshots that were estimated rather than counted: for a repository with more stargazer pages than the crawler
 * reads exactly, the crawler samples pages and marks those snapshots {@code estimated: true}. The chart draws them as such, so
 * an estimate is never read as a count.
 */
final class StarEstimates {
  /** As many snapshots as the star series search reads per repository. */
  private static final int MAX_POINTS = 10_000;

  private StarEstimates() {}

  /** The ids of the estimated snapshots of {@code repos}. */
  static Set<String> ids(IndexReader reader, List<String> repos) {
    IndexSearcher searcher = new IndexSearcher(reader);
    Set<String> out = new HashSet<>();
    try {
      for (String repo : repos) {
        for (ScoreDoc d : searcher.search(new PrefixQuery(new Term(IndexSchema.ID, Stars.idPrefix(repo))), MAX_POINTS)
            .scoreDocs) {
          EvidenceRecord r = RecordCodec.decode(searcher.storedFields().document(d.doc).get(IndexSchema.SOURCE_JSON));
          if (r instanceof Stars s && s.extra().containsKey("estimated") && s.extra().get("estimated").asBoolean()) {
            out.add(s.id());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
    return out;
  }
}
