package dev.framewatch.ingest.schedule;

import dev.framewatch.core.settings.SchedulerStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDBC job store Quartz keeps the schedules in: the single-machine H2 file under the data dir, or a database shared by every
 * crawl worker (PostgreSQL, or an H2 server), on which Quartz runs clustered: workers check in, each trigger is taken by one of
 * them under a database row lock, and the fired triggers of a worker that stops checking in are recovered by the others.
 */
record QuartzStore(String url, String user, String password, boolean clustered, long checkinIntervalMs) {
  private static final Logger LOG = LoggerFactory.getLogger(QuartzStore.class);
  /** Quartz keeps one connection provider per data-source name per JVM; each clustered scheduler gets its own. */
  private static final AtomicInteger DATA_SOURCES = new AtomicInteger();

  /** The H2 file in {@code dir}; WRITE_DELAY=0 so the last state is on disk even after a kill -9. */
  static QuartzStore local(Path dir) {
    return new QuartzStore("jdbc:h2:file:" + dir.toAbsolutePath().resolve("quartz") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
        "sa", "", false, 0);
  }

  /** The shared store {@code store} names, else the local one in {@code dir}. */
  static QuartzStore of(Path dir, SchedulerStore store) {
    return store.shared()
        ? new QuartzStore(store.jdbcUrl(), store.user(), store.password(), true, store.clusterCheckinIntervalMs())
        : local(dir);
  }

  boolean postgresql() {
    return url.startsWith(SchedulerStore.POSTGRESQL_PREFIX);
  }

  /** Quartz's properties for this store (thread pool, misfire rule and data source included). */
  Properties properties() {
    String ds = clustered ? "store" + DATA_SOURCES.incrementAndGet() : "store";
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "framewatch");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.threadCount", "2");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", postgresql()
        ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", ds);
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    // A fire time counts as missed when it is over a minute late (e.g. framewatch was down).
    p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    if (clustered) {
      // Every worker shares instanceName (the rows' SCHED_NAME); AUTO gives each its own instance id (host + start time).
      p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
      p.setProperty("org.quartz.jobStore.isClustered", "true");
      p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(checkinIntervalMs));
    }
    p.setProperty("org.quartz.dataSource." + ds + ".provider", "hikaricp");
    p.setProperty("org.quartz.dataSource." + ds + ".driver", postgresql() ? "org.postgresql.Driver" : "org.h2.Driver");
    p.setProperty("org.quartz.dataSource." + ds + ".URL", url);
    p.setProperty("org.quartz.dataSource." + ds + ".user", user);
    p.setProperty("org.quartz.dataSource." + ds + ".password", password);
    p.setProperty("org.quartz.dataSource." + ds + ".maxConnections", "4");
    return p;
  }

  /**
   * Creates Quartz's tables from the script its jar ships for this database, unless they exist. Two workers starting at once
   * may both try: the loser finds the tables there and goes on. The scripts' DROP lines are skipped, never run on a live store.
   */
  void createTablesIfMissing() throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      if (tablesExist(c)) {
        return;
      }
      String script = postgresql() ? "tables_postgres.sql" : "tables_h2.sql";
      String ddl;
      try (InputStream in = org.quartz.Scheduler.class.getResourceAsStream("/org/quartz/impl/jdbcjobstore/" + script)) {
        ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        for (String sql : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
          if (!sql.isBlank() && !sql.strip().toUpperCase(java.util.Locale.ROOT).startsWith("DROP ")) {
            // Quartz's H2 script has IMAGE columns, which are BLOB in H2 2.x.
            st.execute(postgresql() ? sql : sql.replaceAll("\\bIMAGE\\b", "BLOB"));
          }
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        if (!tablesExist(c)) {
          throw e;
        }
        return;
      }
      LOG.info("created the scheduler's job store at {}", url);
    }
  }

  /** PostgreSQL folds the script's unquoted names to lower case, H2 to upper case. */
  private static boolean tablesExist(Connection c) throws SQLException {
    for (String name : new String[] {"QRTZ_LOCKS", "qrtz_locks"}) {
      try (ResultSet rs = c.getMetaData().getTables(null, null, name, null)) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
