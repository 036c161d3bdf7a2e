package dev.framewatch.ingest.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz running one {@link CrawlJob} per source on its cron ({@code sources.<source>.schedule}), with a persistent JDBC job store
 * on an embedded H2 database under the data dir, so schedules and missed fire times survive restarts and hard kills. A fire time
 * missed while framewatch was down fires once at start (not once per missed time), then the cron continues.
 */
public final class CrawlScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlScheduler.class);
  static final String GROUP = "crawl";

  private final Scheduler scheduler;

  private CrawlScheduler(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  /** The H2 URL of the job store; WRITE_DELAY=0 so the last state is on disk even after a kill -9. */
  static String jdbcUrl(Path dir) {
    return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("quartz") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
  }

  /**
   * Opens (creating when needed) the job store in {@code dir} and schedules each source's cron, replacing changed schedules.
   * Sources no longer configured are unscheduled. The scheduler does not fire until {@link #start()}.
   *
   * @param schedules source name to Quartz cron expression
   * @throws IllegalArgumentException naming the source whose cron expression is invalid
   */
  public static CrawlScheduler open(Path dir, Map<String, String> schedules, CrawlRunner runner) {
    for (Map.Entry<String, String> e : schedules.entrySet()) {
      if (!org.quartz.CronExpression.isValidExpression(e.getValue())) {
        throw new IllegalArgumentException("sources." + e.getKey() + ".schedule: not a Quartz cron expression: \""
            + e.getValue() + "\" (e.g. \"0 0 3 * * ?\" for 03:00 every day)");
      }
    }
    try {
      Files.createDirectories(dir);
      createTablesIfMissing(jdbcUrl(dir));
      Scheduler scheduler = new StdSchedulerFactory(properties(dir)).getScheduler();
      scheduler.getContext().put(CrawlJob.RUNNER, runner);
      CrawlScheduler s = new CrawlScheduler(scheduler);
      s.apply(schedules);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create scheduler store in " + dir + ": " + e.getMessage(), e);
    } catch (SchedulerException | SQLException e) {
      throw new IllegalStateException("cannot open the scheduler in " + dir + ": " + e.getMessage(), e);
    }
  }

  static Properties properties(Path dir) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "framewatch");
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.threadCount", "2");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", "store");
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    // A fire time counts as missed when it is over a minute late (e.g. framewatch was down).
    p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
    p.setProperty("org.quartz.dataSource.store.provider", "hikaricp");
    p.setProperty("org.quartz.dataSource.store.driver", "org.h2.Driver");
    p.setProperty("org.quartz.dataSource.store.URL", jdbcUrl(dir));
    p.setProperty("org.quartz.dataSource.store.user", "sa");
    p.setProperty("org.quartz.dataSource.store.password", "");
    p.setProperty("org.quartz.dataSource.store.maxConnections", "4");
    return p;
  }

  /** Quartz ships the H2 schema; its IMAGE columns are BLOB in H2 2.x. */
  private static void createTablesIfMissing(String url) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      try (ResultSet rs = c.getMetaData().getTables(null, null, "QRTZ_LOCKS", null)) {
        if (rs.next()) {
          return;
        }
      }
      String ddl;
      try (InputStream in = org.quartz.Scheduler.class.getResourceAsStream("/org/quartz/impl/jdbcjobstore/tables_h2.sql")) {
        ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      try (Statement st = c.createStatement()) {
        for (String sql : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
          if (!sql.isBlank()) {
            st.execute(sql.replaceAll("\\bIMAGE\\b", "BLOB"));
          }
        }
      }
      LOG.info("created the scheduler's job store at {}", url);
    }
  }

  /** Makes the stored schedules equal to {@code schedules}. */
  void apply(Map<String, String> schedules) throws SchedulerException {
    for (JobKey key : scheduler.getJobKeys(org.quartz.impl.matchers.GroupMatcher.jobGroupEquals(GROUP))) {
      if (!schedules.containsKey(key.getName())) {
        scheduler.deleteJob(key);
        LOG.info("unscheduled crawl of {}", key.getName());
      }
    }
    for (Map.Entry<String, String> e : schedules.entrySet()) {
      JobDetail job = JobBuilder.newJob(CrawlJob.class).withIdentity(e.getKey(), GROUP)
          .usingJobData(CrawlJob.SOURCE, e.getKey()).storeDurably().build();
      CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(e.getKey(), GROUP).forJob(job)
          .withSchedule(CronScheduleBuilder.cronSchedule(e.getValue()).withMisfireHandlingInstructionFireAndProceed())
          .build();
      CronTrigger existing = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(e.getKey(), GROUP));
      if (existing == null) {
        scheduler.addJob(job, true);
        scheduler.scheduleJob(trigger);
      } else if (!existing.getCronExpression().equals(e.getValue())) {
        scheduler.rescheduleJob(existing.getKey(), trigger);
      } // else: keep the stored trigger, so a fire time missed while down is still known and fires once
    }
  }

  public void start() {
    try {
      scheduler.start();
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
    }
  }

  /**
   * Runs a scheduled job now (a source's crawl, or another job this scheduler holds), through Quartz like a cron firing, so
   * it never overlaps a run of the same job already going. Returns at once.
   *
   * @throws IllegalArgumentException naming the job when this scheduler holds no such job
   */
  public void triggerNow(String job) {
    try {
      org.quartz.JobKey key = org.quartz.JobKey.jobKey(job, GROUP);
      if (!scheduler.checkExists(key)) {
        throw new IllegalArgumentException("no scheduled job '" + job + "'");
      }
      scheduler.triggerJob(key);
    } catch (SchedulerException e) {
      throw new IllegalStateException("cannot trigger " + job + ": " + e.getMessage(), e);
    }
  }

  /** Source to cron expression and next fire time, as stored. */
  public Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      for (TriggerKey key : scheduler.getTriggerKeys(org.quartz.impl.matchers.GroupMatcher.triggerGroupEquals(GROUP))) {
        CronTrigger t = (CronTrigger) scheduler.getTrigger(key);
        out.put(key.getName(), t.getCronExpression() + " next " + t.getNextFireTime().toInstant());
      }
    } catch (SchedulerException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return out;
  }

  Scheduler quartz() {
    return scheduler;
  }

  @Override
  public void close() {
    try {
      scheduler.shutdown(true); // waits for a running crawl to finish
    } catch (SchedulerException e) {
      LOG.warn("scheduler shutdown: {}", e.toString());
    }
  }
}
