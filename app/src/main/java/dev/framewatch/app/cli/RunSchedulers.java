package dev.framewatch.app.cli;

import dev.framewatch.core.settings.SchedulerStore;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.ingest.schedule.CrawlRunner;
import dev.framewatch.ingest.schedule.CrawlScheduler;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Quartz schedulers of {@code framewatch run}: the crawl role's source crawls, and the index role's weekly report.
 *
 * <p>On one machine both live in the local store, as one scheduler. On a shared store (clustered), the crawls fire on any crawl
 * worker, but the report must not: a report is drawn from an index, which a crawl-only worker does not have, and each index
 * replica serves its own. So there the report stays in each index replica's local store.
 *
 * @param crawl the scheduler holding the source crawls (the dashboard's crawl actions trigger it); null without the crawl role
 * @param report the scheduler holding the report; null without the index role; the same as {@code crawl} on one machine
 */
record RunSchedulers(CrawlScheduler crawl, CrawlScheduler report) implements AutoCloseable {
  /** The job the weekly report runs as, beside one crawl job per source (same misfire rule). */
  static final String REPORT_JOB = "report";

  static RunSchedulers open(Settings settings, Roles on, CrawlRunner runner) {
    Map<String, String> crawls = new LinkedHashMap<>();
    if (on.crawl()) {
      Sources.names().forEach(source -> crawls.put(source, settings.sourceSchedule(source)));
    }
    Map<String, String> reports = on.index() ? Map.of(REPORT_JOB, settings.reportSchedule()) : Map.of();
    SchedulerStore store = settings.schedulerStore();
    Path dir = settings.dirs().scheduler();
    if (!store.shared()) {
      Map<String, String> all = new LinkedHashMap<>(crawls);
      all.putAll(reports);
      CrawlScheduler one = all.isEmpty() ? null : CrawlScheduler.open(dir, all, runner);
      return new RunSchedulers(crawls.isEmpty() ? null : one, reports.isEmpty() ? null : one);
    }
    CrawlScheduler crawl = crawls.isEmpty() ? null : CrawlScheduler.open(dir, store, crawls, runner);
    try {
      return new RunSchedulers(crawl, reports.isEmpty() ? null : CrawlScheduler.open(dir, reports, runner));
    } catch (RuntimeException e) {
      if (crawl != null) {
        crawl.close();
      }
      throw e;
    }
  }

  void start() {
    if (crawl != null) {
      crawl.start();
    }
    if (report != null && report != crawl) {
      report.start();
    }
  }

  /** One line per job: {@code crawl <source>: <cron> next <time>} and {@code report: ...}. */
  Map<String, String> describe() {
    Map<String, String> out = new LinkedHashMap<>();
    if (crawl != null) {
      crawl.describe().forEach((job, when) -> out.put(label(job), when));
    }
    if (report != null && report != crawl) {
      report.describe().forEach((job, when) -> out.put(label(job), when));
    }
    return out;
  }

  private static String label(String job) {
    return job.equals(REPORT_JOB) ? REPORT_JOB : "crawl " + job;
  }

  @Override
  public void close() {
    try {
      if (report != null && report != crawl) {
        report.close();
      }
    } finally {
      if (crawl != null) {
        crawl.close();
      }
    }
  }
}
