package dev.framewatch.app.testing;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * A small real index for command tests: records (the JSON the crawlers publish) built into documents under the default
 * method, exactly as the indexer builds them, and committed with that method's commit data where the data dir's index lives.
 */
public final class RecordIndex {
  private RecordIndex() {}

  public static void write(Path dataDir, List<String> recordsJson) throws Exception {
    Path dir = Settings.defaults().with("data.dir", dataDir.toString()).indexDir();
    Files.createDirectories(dir);
    DocumentBuilder builder = new DocumentBuilder(new FrameworkDetector(MethodLoader.load("default")), Vocabulary.standard());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (String json : recordsJson) {
        EvidenceRecord record = RecordCodec.decode(json);
        w.updateDocument(new Term(IndexSchema.ID, record.id()), builder.build(record));
      }
      var method = builder.detector().method();
      w.setLiveCommitData(new CommitData(Map.of(), method.name(), method.version(), Instant.EPOCH, method.label())
          .toUserData().entrySet());
      w.commit();
    }
  }
}
