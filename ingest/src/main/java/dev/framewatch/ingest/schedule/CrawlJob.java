package dev.framewatch.ingest.schedule;

import dev.framewatch.ingest.crawl.CrawlSummary;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled crawl of one source. Never two at once for the same source: a crawl that outlasts its interval delays the next
 * instead of running beside it (and hitting the same site twice as hard).
 */
@DisallowConcurrentExecution
public final class CrawlJob implements Job {
  static final String SOURCE = "source";
  static final String RUNNER = "framewatch.crawl-runner";
  private static final Logger LOG = LoggerFactory.getLogger(CrawlJob.class);

  @Override
  public void execute(JobExecutionContext context) throws JobExecutionException {
    String source = context.getMergedJobDataMap().getString(SOURCE);
    CrawlRunner runner;
    try {
      runner = (CrawlRunner) context.getScheduler().getContext().get(RUNNER);
    } catch (SchedulerException e) {
      throw new JobExecutionException("no crawl runner in the scheduler context", e, false);
    }
    if (context.isRecovering()) {
      // Clustered store: the worker that started this crawl stopped checking in; the crawl state says where it got to.
      LOG.info("re-running the crawl of {} that a stopped worker left unfinished", source);
    }
    long t0 = System.nanoTime();
    try {
      CrawlSummary summary = runner.crawl(source);
      LOG.info("scheduled crawl of {} done in {} s: {}", source, (System.nanoTime() - t0) / 1_000_000_000, summary);
    } catch (Exception e) {
      // Logged and left for the next fire time; refiring at once would hammer a site that is failing.
      LOG.error("scheduled crawl of {} failed: {}", source, e.toString());
      throw new JobExecutionException(e, false);
    }
  }
}
