package dev.framewatch.index.indexer;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A document is a record plus its classifier labels, which arrive on two topics: this class writes either half while keeping
 * the other. A new version of a labelled record keeps its labels (they are not resent), and a labels message rewrites the
 * document from the record it already holds.
 *
 * <p>Lookups go to a near-real-time reader plus the documents written since it was opened (which it cannot see). A document not
 * in {@code recent} is as the reader shows it, so the reader never needs reopening for correctness, only to bound memory.
 */
final class LabelMerge implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
  private static final int MAX_RECENT = 20_000;

  private final LuceneSink sink;
  private final DocumentBuilder builder;
  private DirectoryReader nrt;
  private final Map<String, Current> recent = new HashMap<>();
  /** True once any document carries labels: only then must a record update look up labels to keep. */
  private boolean labelsPresent;

  /** A document's state as last written: its record and labels, or neither when it was deleted. */
  private record Current(EvidenceRecord record, Labels labels) {}

  /** @param labelsPresent whether the index may already hold labelled documents */
  LabelMerge(LuceneSink sink, DocumentBuilder builder, boolean labelsPresent) {
    this.sink = sink;
    this.builder = builder;
    this.labelsPresent = labelsPresent;
  }

  /**
   * Writes a new version of a record, with the labels its document carries.
   *
   * @throws IllegalArgumentException when the document cannot be built or Lucene refuses it; nothing was written
   */
  void putRecord(EvidenceRecord record) {
    Labels labels = labelsPresent ? current(record.id()).map(Current::labels).orElse(null) : null;
    sink.update(record.id(), builder.build(record, labels));
    remember(record.id(), new Current(record, labels));
  }

  /** Withdraws a document, record and labels. */
  void delete(String id) {
    sink.delete(id);
    remember(id, new Current(null, null));
  }

  /**
   * Replaces the labels of the document with this id (null labels: removes them).
   *
   * @return false, writing nothing, when the index holds no such document
   */
  boolean putLabels(String id, Labels labels) {
    Optional<Current> doc = current(id);
    if (doc.isEmpty() || doc.get().record() == null) {
      return false;
    }
    sink.update(id, builder.build(doc.get().record(), labels));
    labelsPresent = true;
    remember(id, new Current(doc.get().record(), labels));
    return true;
  }

  /** The document's current state: written in this session, or as the index holds it; empty when it has none. */
  private Optional<Current> current(String id) {
    Current c = recent.get(id);
    if (c != null) {
      return Optional.of(c);
    }
    try {
      if (nrt == null) {
        nrt = sink.openNearRealTimeReader();
        recent.clear(); // the new reader sees everything written so far
      }
      IndexSearcher searcher = new IndexSearcher(nrt);
      TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      String labels = d.get(IndexSchema.LABELS_JSON);
      return Optional.of(new Current(RecordCodec.decode(d.get(IndexSchema.SOURCE_JSON)),
          labels == null ? null : Labels.decode(labels)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + sink.indexDir() + ": " + e.getMessage(), e);
    }
  }

  /** Notes a write the lookup reader cannot see yet; past a bound, drops the reader so the next lookup opens a fresh one. */
  private void remember(String id, Current state) {
    if (nrt == null) {
      return;
    }
    recent.put(id, state);
    if (recent.size() > MAX_RECENT) {
      close();
    }
  }

  /** Closes the lookup reader; the next lookup opens a fresh one. */
  @Override
  public void close() {
    if (nrt != null) {
      try {
        nrt.close();
      } catch (IOException e) {
        LOG.warn("closing lookup reader of {}: {}", sink.indexDir(), e.toString());
      }
      nrt = null;
      recent.clear();
    }
  }
}
