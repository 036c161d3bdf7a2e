package dev.framewatch.analytics.export;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/** A real index of four known records under the default method, as the indexer would write it. */
final class ExportIndex {
  static final List<String> RECORDS = List.of(
      "{\"id\":\"p1\",\"kind\":\"paper\",\"source\":\"test\",\"title\":\"A\",\"venue\":\"CVPR\",\"year\":2019,"
          + "\"abstract\":\"We implement it in PyTorch.\"}",
      // A text cell a spreadsheet would run as a formula, and one with a comma: CSV must guard and quote them.
      "{\"id\":\"=p2\",\"kind\":\"paper\",\"source\":\"test\",\"title\":\"B\",\"venue\":\"Workshop, on things\",\"year\":2020,"
          + "\"abstract\":\"Keras and JAX.\"}",
      "{\"id\":\"gh:pytorch/vision\",\"kind\":\"repo\",\"source\":\"github\",\"full_name\":\"pytorch/vision\","
          + "\"stars\":15000,\"forks\":6900,\"topics\":[\"pytorch\"],\"created\":\"2016-11-09\"}",
      "{\"id\":\"hf:google-bert/bert-base-uncased\",\"kind\":\"model\",\"source\":\"huggingface\","
          + "\"model_id\":\"google-bert/bert-base-uncased\",\"library_name\":\"transformers\","
          + "\"tags\":[\"transformers\",\"pytorch\",\"tf\"],\"pipeline_tag\":\"fill-mask\",\"created\":\"2022-03-02\","
          + "\"downloads\":3000000000,\"likes\":7}");

  private ExportIndex() {}

  static Path write(Path dir) throws Exception {
    DocumentBuilder builder = new DocumentBuilder(new FrameworkDetector(MethodLoader.load("default")), Vocabulary.standard());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (String json : RECORDS) {
        var record = RecordCodec.decode(json);
        w.updateDocument(new Term(IndexSchema.ID, record.id()), builder.build(record));
      }
      var method = builder.detector().method();
      w.setLiveCommitData(new CommitData(Map.of(), method.name(), method.version(), Instant.EPOCH, method.label())
          .toUserData().entrySet());
      w.commit();
    }
    return dir;
  }
}
