package dev.framewatch.ingest.schedule;

import dev.framewatch.core.settings.SchedulerStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz running one {@link CrawlJob} per source on its cron ({@code sources.<source>.schedule}), with a persistent JDBC job store
 * ({@link QuartzStore}): an embedded H2 database under the data dir, or a shared PostgreSQL database on which Quartz runs
 * clustered across crawl workers. Schedules and missed fire times survive restarts and hard kills. A fire time
 * missed while framewatch was down fires once at start (not once per missed time), then the cron continues.
 */
public final class CrawlScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlScheduler.class);
  static final String GROUP = "crawl";

  private final Scheduler scheduler;
  private final boolean clustered;

  private CrawlScheduler(Scheduler scheduler, boolean clustered) {
    this.scheduler = scheduler;
    this.clustered = clustered;
  }

  /**
   * Opens (creating when needed) the single-machine job store in {@code dir} and schedules each source's cron, replacing
   * changed schedules. Sources no longer configured are unscheduled. The scheduler does not fire until {@link #start()}.
   *
   * @param schedules source name to Quartz cron expression
   * @throws IllegalArgumentException naming the source whose cron expression is invalid
   */
  public static CrawlScheduler open(Path dir, Map<String, String> schedules, CrawlRunner runner) {
    return open(dir, new SchedulerStore("", "", "", 0), schedules, runner);
  }

  /**
   * As {@link #open(Path, Map, CrawlRunner)}, on the shared store {@code store} names (clustered: each trigger fires on one
   * worker, and a crawl whose worker dies is re-run by another), or on the local one in {@code dir} when it names none.
   */
  public static CrawlScheduler open(Path dir, SchedulerStore store, Map<String, String> schedules, CrawlRunner runner) {
    for (Map.Entry<String, String> e : schedules.entrySet()) {
      if (!org.quartz.CronExpression.isValidExpression(e.getValue())) {
        throw new IllegalArgumentException("sources." + e.getKey() + ".schedule: not a Quartz cron expression: \""
            + e.getValue() + "\" (e.g. \"0 0 3 * * ?\" for 03:00 every day)");
      }
    }
    QuartzStore quartzStore = QuartzStore.of(dir, store);
    String where = store.shared() ? store.jdbcUrl() : dir.toString();
    try {
      if (!store.shared()) {
        Files.createDirectories(dir);
      }
      quartzStore.createTablesIfMissing();
      Scheduler scheduler = new StdSchedulerFactory(quartzStore.properties()).getScheduler();
      if (store.shared()) {
        // Quartz hands out one scheduler per name per JVM; cluster members share the name, so forget this one here and the
        // next open (a second worker in the same JVM, as in tests) builds its own.
        SchedulerRepository.getInstance().remove(scheduler.getSchedulerName());
      }
      scheduler.getContext().put(CrawlJob.RUNNER, runner);
      CrawlScheduler s = new CrawlScheduler(scheduler, store.shared());
      s.apply(schedules);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create scheduler store in " + where + ": " + e.getMessage(), e);
    } catch (SchedulerException | SQLException e) {
      throw new IllegalStateException("cannot open the scheduler in " + where + ": " + e.getMessage(), e);
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
      // Clustered, a crawl cut off by its worker's death is re-run by another worker, which resumes from the crawl state.
      // The single-machine store keeps today's behaviour: an interrupted crawl waits for its next fire time.
      JobDetail job = JobBuilder.newJob(CrawlJob.class).withIdentity(e.getKey(), GROUP)
          .usingJobData(CrawlJob.SOURCE, e.getKey()).storeDurably().requestRecovery(clustered).build();
      CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(e.getKey(), GROUP).forJob(job)
          .withSchedule(CronScheduleBuilder.cronSchedule(e.getValue()).withMisfireHandlingInstructionFireAndProceed())
          .build();
      CronTrigger existing = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(e.getKey(), GROUP));
      JobDetail stored = scheduler.getJobDetail(job.getKey());
      if (stored != null && stored.requestsRecovery() != clustered) {
        scheduler.addJob(job, true); // keeps its trigger
      }
      if (existing == null) {
        try {
          scheduler.addJob(job, true);
          scheduler.scheduleJob(trigger);
        } catch (ObjectAlreadyExistsException raced) {
          LOG.debug("another worker scheduled {} first", e.getKey());
        }
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

  /** Whether this scheduler shares its store with other workers (clustered). */
  public boolean clustered() {
    return clustered;
  }

  /** This worker's Quartz instance id (host and start time when clustered). */
  public String instanceId() {
    try {
      return scheduler.getSchedulerInstanceId();
    } catch (SchedulerException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Stops at once without waiting for a running crawl, as a worker that dies would; clustered, another worker re-runs that
   * crawl once this one's check-ins stop.
   */
  void abandon() {
    try {
      scheduler.shutdown(false);
    } catch (SchedulerException e) {
      LOG.warn("scheduler shutdown: {}", e.toString());
    }
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
