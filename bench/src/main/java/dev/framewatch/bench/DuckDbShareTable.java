package dev.framewatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * DuckDB's side of {@code bench share}: the same rows in a table {@code papers(id, venue, year, frameworks VARCHAR[], text)} of an
 * on-disk database, bulk-loaded from a tab-separated file, and the SQL an analyst would write for the same three numbers.
 */
public final class DuckDbShareTable implements AutoCloseable {
  private final Path csv;
  private final BufferedWriter out;
  private final Connection connection;

  public DuckDbShareTable(Path workDir) {
    try {
      this.csv = workDir.resolve("papers.tsv");
      this.out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
      this.connection = DriverManager.getConnection("jdbc:duckdb:" + workDir.resolve("papers.duckdb").toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open DuckDB: " + e.getMessage(), e);
    }
  }

  /** Appends a row to the load file (not thread-safe). Generated text holds no tabs or newlines. */
  public void add(BenchRow row) {
    try {
      out.write(row.id());
      out.write('\t');
      out.write(row.venue());
      out.write('\t');
      out.write(Integer.toString(row.year()));
      out.write('\t');
      out.write(String.join("|", row.frameworks()));
      out.write('\t');
      out.write(row.abstractText());
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the file into the table and deletes the file. */
  public void load() {
    try {
      out.close();
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE OR REPLACE TABLE papers AS SELECT id, venue, year,"
            + " CASE WHEN fw IS NULL OR fw = '' THEN []::VARCHAR[] ELSE string_split(fw, '|') END AS frameworks, text"
            + " FROM read_csv('" + csv.toAbsolutePath().toString().replace("'", "''") + "', delim = '\t', header = false,"
            + " quote = '', escape = '', columns = {'id': 'VARCHAR', 'venue': 'VARCHAR', 'year': 'INTEGER', 'fw': 'VARCHAR',"
            + " 'text': 'VARCHAR'})");
        s.execute("CHECKPOINT");
      }
      Files.deleteIfExists(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB load failed: " + e.getMessage(), e);
    }
  }

  public long size() {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM papers")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public int threads() {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT current_setting('threads')")) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public String version() {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT version()")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Per (venue, year, framework): documents naming the framework, documents in the (venue, year) group, documents of the group
   * naming any framework; only cells with a non-zero count, like framewatch.
   *
   * @param filterWord null for all rows, else {@code text ILIKE '%word%'}
   */
  public static String sql(String filterWord) {
    String where = filterWord == null ? "" : " WHERE text ILIKE '%" + filterWord.replace("'", "''") + "%'";
    return "WITH p AS (SELECT venue, year, frameworks FROM papers" + where + "),"
        + " g AS (SELECT venue, year, count(*) AS documents, count(*) FILTER (WHERE len(frameworks) > 0) AS any_fw"
        + " FROM p GROUP BY venue, year),"
        + " f AS (SELECT venue, year, framework, count(*) AS cnt"
        + " FROM (SELECT venue, year, unnest(frameworks) AS framework FROM p) GROUP BY venue, year, framework)"
        + " SELECT f.venue, f.year, f.framework, f.cnt, g.documents, g.any_fw FROM f JOIN g USING (venue, year)";
  }

  public List<CountRow> count(String filterWord) {
    List<CountRow> rows = new ArrayList<>();
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql(filterWord))) {
      while (rs.next()) {
        rows.add(new CountRow(rs.getString(1), Integer.toString(rs.getInt(2)), rs.getString(3), rs.getLong(4), rs.getLong(5),
            rs.getLong(6)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + e.getMessage(), e);
    }
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
