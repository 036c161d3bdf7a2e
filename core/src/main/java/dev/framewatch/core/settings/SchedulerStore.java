package dev.framewatch.core.settings;

/**
 * Where the schedules live ({@code scheduler.*}). An empty {@code jdbcUrl} keeps them in the single-machine H2 file under
 * {@code <data.dir>/scheduler}; a PostgreSQL (or H2 server) URL names a database shared by every crawl worker, on which Quartz
 * runs clustered so each trigger fires on exactly one worker.
 *
 * @param clusterCheckinIntervalMs how often a clustered worker checks in; a worker silent for about this plus 7.5 s is taken
 *     for dead and its interrupted crawls are re-run elsewhere
 */
public record SchedulerStore(String jdbcUrl, String user, String password, long clusterCheckinIntervalMs) {
  public static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";
  public static final String H2_PREFIX = "jdbc:h2:";

  /** True when the store is shared (clustered Quartz); false for the local H2 default. */
  public boolean shared() {
    return !jdbcUrl.isEmpty();
  }

  public boolean postgresql() {
    return jdbcUrl.startsWith(POSTGRESQL_PREFIX);
  }

  /** Null when {@code url} is usable as {@code scheduler.jdbc-url}, else why not. */
  static String urlProblem(String url) {
    if (url.isEmpty() || url.startsWith(POSTGRESQL_PREFIX) || url.startsWith(H2_PREFIX)) {
      return null;
    }
    return "must be a PostgreSQL URL (jdbc:postgresql://HOST:PORT/DATABASE), an H2 URL (jdbc:h2:...) or empty for the "
        + "single-machine store under <data.dir>/scheduler, got \"" + url + "\"";
  }

  /** The password never shows in logs or error messages. */
  @Override
  public String toString() {
    return "SchedulerStore[" + (shared() ? jdbcUrl + " as " + user + ", clustered, check-in every "
        + clusterCheckinIntervalMs + " ms" : "local H2") + "]";
  }
}
