package dev.framewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.app.Framewatch;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code framewatch export} read back by an independent reader, DuckDB. Parquet: the row count, the column types and
 * one row's values equal what the index holds. Runs on bench's class path, which has no Hadoop: the writer needs none.
 */
class ExportReadBackTest {
  @TempDir Path dataDir;

  @Test
  void duckDbReadsTheRowsTypesAndValuesTheIndexHolds() throws Exception {
    writeIndex();
    Path file = dataDir.resolve("docs.parquet");
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(new String[] {"export", "--format", "parquet", "--output", file.toString(),
        "--data-dir", dataDir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());

    String parquet = "read_parquet('" + file.toAbsolutePath() + "')";
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      assertEquals(List.of("3"), rows(st, "SELECT count(*) FROM " + parquet));
      assertEquals(List.of("id VARCHAR", "kind VARCHAR", "venue VARCHAR", "year INTEGER", "month INTEGER",
              "frameworks_default VARCHAR[]", "stars BIGINT", "downloads BIGINT"),
          rows(st, "SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT id, kind, venue, year, month, "
              + "frameworks_default, stars, downloads FROM " + parquet + ")"));
      assertEquals(List.of("gh:jax-ml/jax|repo|NULL|2018|10|[jax]|30000|2800|NULL"),
          rows(st, "SELECT concat_ws('|', id, kind, coalesce(venue, 'NULL'), year, month, frameworks_default::VARCHAR, "
              + "stars, forks, coalesce(downloads::VARCHAR, 'NULL')) FROM " + parquet + " WHERE id = 'gh:jax-ml/jax'"));
      assertEquals(List.of("p1|[pytorch, tensorflow]|2", "p2|[jax]|1"),
          rows(st, "SELECT id || '|' || frameworks_default::VARCHAR || '|' || len(frameworks_default) FROM " + parquet
              + " WHERE kind = 'paper' ORDER BY id"));
    }
  }

  /** CSV and JSONL read as they are, types inferred by the reader: the numbers come back as numbers, the lists as lists. */
  @Test
  void duckDbReadsCsvAndJsonlAsTheyAre() throws Exception {
    writeIndex();
    Path csv = dataDir.resolve("docs.csv");
    Path jsonl = dataDir.resolve("docs.jsonl");
    for (String[] args : List.of(new String[] {"csv", csv.toString()}, new String[] {"jsonl", jsonl.toString()})) {
      StringWriter err = new StringWriter();
      int code = Framewatch.execute(new String[] {"export", "--format", args[0], "--output", args[1],
          "--data-dir", dataDir.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
      assertEquals(0, code, err.toString());
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      String fromCsv = "read_csv('" + csv.toAbsolutePath() + "')";
      assertEquals(List.of("3"), rows(st, "SELECT count(*) FROM " + fromCsv));
      assertEquals(List.of("BIGINT|BIGINT|VARCHAR"), rows(st, "SELECT typeof(year) || '|' || typeof(stars) || '|' "
          + "|| typeof(frameworks_default) FROM " + fromCsv + " LIMIT 1"));
      assertEquals(List.of("p1|2018|[pytorch, tensorflow]"), rows(st, "SELECT id || '|' || year || '|' "
          + "|| string_split(frameworks_default, ';')::VARCHAR FROM " + fromCsv + " WHERE id = 'p1'"));
      String fromJsonl = "read_json('" + jsonl.toAbsolutePath() + "', format = 'newline_delimited')";
      assertEquals(List.of("3"), rows(st, "SELECT count(*) FROM " + fromJsonl));
      assertEquals(List.of("gh:jax-ml/jax|2018|10|[jax]|30000|BIGINT|VARCHAR[]"), rows(st, "SELECT concat_ws('|', id, year, "
          + "month, frameworks_default::VARCHAR, stars, typeof(stars), typeof(frameworks_default)) FROM " + fromJsonl
          + " WHERE kind = 'repo'"));
    }
  }

  @Test
  void benchHasNoHadoopSoTheExportAboveRanWithoutIt() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.hadoop.conf.Configuration"));
  }

  private static List<String> rows(Statement st, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private void writeIndex() throws Exception {
    Path dir = Settings.defaults().with("data.dir", dataDir.toString()).indexDir();
    Files.createDirectories(dir);
    DocumentBuilder builder = new DocumentBuilder(new FrameworkDetector(MethodLoader.load("default")), Vocabulary.standard());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (String json : List.of(
          "{\"id\":\"p1\",\"kind\":\"paper\",\"source\":\"test\",\"title\":\"A\",\"venue\":\"NIPS\",\"year\":2018,"
              + "\"abstract\":\"We use PyTorch and TensorFlow.\"}",
          "{\"id\":\"p2\",\"kind\":\"paper\",\"source\":\"test\",\"title\":\"B\",\"venue\":\"ACL\",\"year\":2020,"
              + "\"abstract\":\"In JAX.\"}",
          "{\"id\":\"gh:jax-ml/jax\",\"kind\":\"repo\",\"source\":\"github\",\"full_name\":\"jax-ml/jax\",\"stars\":30000,"
              + "\"forks\":2800,\"topics\":[\"jax\"],\"created\":\"2018-10-25\"}")) {
        var record = RecordCodec.decode(json);
        w.updateDocument(new Term(IndexSchema.ID, record.id()), builder.build(record));
      }
      var method = builder.detector().method();
      w.setLiveCommitData(new CommitData(Map.of(), method.name(), method.version(), Instant.EPOCH, method.label())
          .toUserData().entrySet());
      w.commit();
    }
  }
}
