package dev.framewatch.ingest.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source's crawl state in an embedded H2 database, {@code <dir>/<source>.mv.db}, written with {@code WRITE_DELAY=0}: a
 * committed {@link Changes} is on disk when {@link #write} returns, and a kill -9 loses at most the changes not yet written.
 * H2's file lock keeps a second process from crawling the same source at once. The single-machine store, and the local cache
 * (and lock) of {@link KafkaCrawlStateStore}.
 */
public final class H2CrawlStateStore implements CrawlStateStore {
  private static final Logger LOG = LoggerFactory.getLogger(H2CrawlStateStore.class);
  private static final Pattern SOURCE_NAME = Pattern.compile("[a-z][a-z0-9-]*");
  /**
   * States open in this process. H2's file lock keeps other processes out; within one process H2 would share the database,
   * so two crawls of one source (a scheduled one and a {@code crawl --once}) are kept apart here.
   */
  private static final java.util.Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final Connection connection;
  private final String description;
  private final Path file;

  private H2CrawlStateStore(Connection connection, String description, Path file) {
    this.connection = connection;
    this.description = description;
    this.file = file;
  }

  /** The H2 URL of one source's state in {@code dir}. */
  static String url(Path dir, String source) {
    return "jdbc:h2:file:" + dir.toAbsolutePath().resolve(source) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
  }

  /**
   * Opens (creating when needed) the state of {@code source} under {@code dir}.
   *
   * @throws IllegalStateException when another process holds it, or it cannot be opened; the message names the file
   */
  public static H2CrawlStateStore open(Path dir, String source) {
    Objects.requireNonNull(dir, "dir");
    if (source == null || !SOURCE_NAME.matcher(source).matches()) {
      throw new IllegalArgumentException("not a source name: \"" + source + "\"");
    }
    Path file = dir.toAbsolutePath().resolve(source + ".mv.db");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the crawl state directory " + dir + ": " + e.getMessage(), e);
    }
    if (!OPEN.add(file)) {
      throw new IllegalStateException("cannot open the crawl state " + file + ": in use by another crawl of " + source
          + " in this process");
    }
    try {
      Connection c = DriverManager.getConnection(url(dir, source), "sa", "");
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS validators (url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, "
            + "meta VARCHAR)");
        s.execute("CREATE TABLE IF NOT EXISTS cursors (name VARCHAR PRIMARY KEY, val VARCHAR NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS marks (kind VARCHAR, mkey VARCHAR, val VARCHAR NOT NULL, "
            + "PRIMARY KEY (kind, mkey))");
      }
      c.commit();
      LOG.debug("crawl state of {} at {}", source, file);
      return new H2CrawlStateStore(c, file.toString(), file);
    } catch (SQLException e) {
      OPEN.remove(file);
      String why = e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
          ? "in use by another process (is a crawl of " + source + " already running?)"
          : e.getMessage();
      throw new IllegalStateException("cannot open the crawl state " + file + ": " + why, e);
    }
  }

  @Override
  public synchronized Optional<Validators> validators(URI url) {
    return query("SELECT etag, last_modified, meta FROM validators WHERE url = ?", url.toString(),
        rs -> new Validators(rs.getString(1), rs.getString(2), rs.getString(3)));
  }

  @Override
  public synchronized Optional<String> cursor(String name) {
    return query("SELECT val FROM cursors WHERE name = ?", name, rs -> rs.getString(1));
  }

  @Override
  public synchronized Optional<String> mark(String kind, String key) {
    try (PreparedStatement p = connection.prepareStatement("SELECT val FROM marks WHERE kind = ? AND mkey = ?")) {
      p.setString(1, kind);
      p.setString(2, key);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public synchronized long marks(String kind) {
    try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM marks WHERE kind = ?")) {
      p.setString(1, kind);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Writes all of {@code changes} in one transaction. */
  @Override
  public synchronized void write(Changes changes) {
    if (changes.isEmpty()) {
      return;
    }
    try (PreparedStatement v = connection.prepareStatement(
            "MERGE INTO validators (url, etag, last_modified, meta) KEY (url) VALUES (?, ?, ?, ?)");
        PreparedStatement c = connection.prepareStatement("MERGE INTO cursors (name, val) KEY (name) VALUES (?, ?)");
        PreparedStatement cd = connection.prepareStatement("DELETE FROM cursors WHERE name = ?");
        PreparedStatement m = connection.prepareStatement("MERGE INTO marks (kind, mkey, val) KEY (kind, mkey) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Validators> e : changes.validators().entrySet()) {
        v.setString(1, e.getKey());
        v.setString(2, e.getValue().etag());
        v.setString(3, e.getValue().lastModified());
        v.setString(4, e.getValue().meta());
        v.addBatch();
      }
      for (Map.Entry<String, Optional<String>> e : changes.cursors().entrySet()) {
        if (e.getValue().isPresent()) {
          c.setString(1, e.getKey());
          c.setString(2, e.getValue().get());
          c.addBatch();
        } else {
          cd.setString(1, e.getKey());
          cd.addBatch();
        }
      }
      for (Map.Entry<Changes.MarkKey, String> e : changes.marks().entrySet()) {
        m.setString(1, e.getKey().kind());
        m.setString(2, e.getKey().key());
        m.setString(3, e.getValue());
        m.addBatch();
      }
      v.executeBatch();
      c.executeBatch();
      cd.executeBatch();
      m.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw failure("write", e);
    }
  }

  /** Everything kept, as one {@link Changes}: what a migration publishes, and what a Kafka-backed store compares. */
  synchronized Changes snapshot() {
    Changes all = new Changes();
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT url, etag, last_modified, meta FROM validators ORDER BY url")) {
        while (rs.next()) {
          all.validators().put(rs.getString(1), new Validators(rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT name, val FROM cursors ORDER BY name")) {
        while (rs.next()) {
          all.cursors().put(rs.getString(1), Optional.of(rs.getString(2)));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT kind, mkey, val FROM marks ORDER BY kind, mkey")) {
        while (rs.next()) {
          all.marks().put(new Changes.MarkKey(rs.getString(1), rs.getString(2)), rs.getString(3));
        }
      }
      return all;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Replaces everything kept by {@code all}, in one transaction: the local cache made equal to the topic. */
  synchronized void replaceAll(Changes all) {
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM validators");
      s.execute("DELETE FROM cursors");
      s.execute("DELETE FROM marks");
    } catch (SQLException e) {
      throw failure("write", e);
    }
    if (all.isEmpty()) {
      try {
        connection.commit();
      } catch (SQLException e) {
        throw failure("write", e);
      }
      return;
    }
    write(all); // commits the deletes with the rows
  }

  @FunctionalInterface
  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> Optional<T> query(String sql, String key, Row<T> row) {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, key);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("cannot " + what + " the crawl state " + description + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    } finally {
      OPEN.remove(file);
    }
  }

  @Override
  public String toString() {
    return description;
  }
}
