package dev.framewatch.index.testing;

import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes a small real index in one commit, recording its methods as the indexer would. Each call adds one segment and none are
 * merged, so tests can cover several.
 */
public final class TestIndex {
  private TestIndex() {}

  /** @param labels classifier labels by document id; documents not named carry none */
  public static void write(Path dir, MethodSet methods, List<? extends EvidenceRecord> records, Map<String, Labels> labels)
      throws IOException {
    DocumentBuilder builder = new DocumentBuilder(methods, Vocabulary.standard());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d,
            new IndexWriterConfig(IndexSchema.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (EvidenceRecord r : records) {
        w.updateDocument(new Term(IndexSchema.ID, r.id()), builder.build(r, labels.get(r.id())));
      }
      var primary = methods.primary().method();
      w.setLiveCommitData(new CommitData(Map.of(), primary.name(), primary.version(), Instant.EPOCH, methods.labels())
          .toUserData().entrySet());
      w.commit();
    }
  }
}
