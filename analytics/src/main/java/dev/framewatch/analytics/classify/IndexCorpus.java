package dev.framewatch.analytics.classify;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * The papers, jobs and models of the index, read from the record JSON each document stores: the classifiers' corpus, for weak
 * labels ({@code classify train}) and for labelling ({@code classify apply}). Repositories and star snapshots have no text to
 * classify.
 */
public final class IndexCorpus {
  private static final Set<Kind> KINDS = Set.of(Kind.PAPER, Kind.JOB, Kind.MODEL);
  private static final Set<String> FIELDS = Set.of(IndexSchema.SOURCE_JSON, IndexSchema.LABELS_JSON);

  private IndexCorpus() {}

  /** How many documents {@link #forEach} will visit at most (live documents of every kind), for a progress bar. */
  public static int size(Path indexDir) {
    try (DirectoryReader reader = IndexDirectory.openReader(indexDir)) {
      return reader.numDocs();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index at " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** Visits every paper, job and model one at a time, so labelling a large index holds one batch, not the whole index. */
  public static void forEach(Path indexDir, java.util.function.Consumer<CorpusDocument> visit) {
    try (DirectoryReader reader = IndexDirectory.openReader(indexDir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        // Keyword fields are doc values only (not stored): read the domain and its source the way the counters do.
        SortedSetDocValues domains = DocValues.getSortedSet(r, IndexSchema.DOMAIN);
        SortedSetDocValues domainSources = DocValues.getSortedSet(r, IndexSchema.DOMAIN_SOURCE);
        for (int d = 0; d < r.maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          Document doc = stored.document(d, FIELDS);
          String source = doc.get(IndexSchema.SOURCE_JSON);
          if (source == null) {
            continue;
          }
          EvidenceRecord record = RecordCodec.decode(source);
          if (!KINDS.contains(record.kind())) {
            continue;
          }
          String labels = doc.get(IndexSchema.LABELS_JSON);
          visit.accept(new CorpusDocument(record, first(domains, d), first(domainSources, d),
              labels == null ? null : Labels.decode(labels)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index at " + indexDir + ": " + e.getMessage(), e);
    }
  }

  private static String first(SortedSetDocValues values, int doc) throws IOException {
    if (!values.advanceExact(doc)) {
      return null;
    }
    return values.lookupOrd(values.nextOrd()).utf8ToString();
  }
}
