package dev.framewatch.ingest.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.ingest.crawl.CrawlSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.TriggerKey;

/** Real Quartz on a real H2 file: schedules persist, fire, never overlap per source, and misfires fire once. */
class CrawlSchedulerTest {
  @TempDir Path dir;

  @Test
  void firesEachSourceOnItsCronAndNeverTwiceAtOnce() throws Exception {
    List<String> runs = new CopyOnWriteArrayList<>();
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxConcurrent = new AtomicInteger();
    CountDownLatch three = new CountDownLatch(3);
    CrawlRunner slow = source -> {
      maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
      Thread.sleep(1500); // longer than the 1 s cron interval
      concurrent.decrementAndGet();
      runs.add(source);
      three.countDown();
      return new CrawlSummary(source, 1, 0, 0, 0);
    };
    try (CrawlScheduler s = CrawlScheduler.open(dir, Map.of("github", "* * * * * ?"), slow)) {
      s.start();
      assertTrue(three.await(20, TimeUnit.SECONDS), "three runs within 20 s, got " + runs);
    }
    assertEquals(1, maxConcurrent.get(), "@DisallowConcurrentExecution");
    assertTrue(runs.stream().allMatch("github"::equals));
  }

  @Test
  void aJobTriggeredNowRunsOnceOutsideItsCron() throws Exception {
    List<String> runs = new CopyOnWriteArrayList<>();
    CountDownLatch ran = new CountDownLatch(1);
    CrawlRunner runner = source -> {
      runs.add(source);
      ran.countDown();
      return new CrawlSummary(source, 0, 0, 0, 0);
    };
    // Yearly crons far from now: only the trigger can run them.
    try (CrawlScheduler s = CrawlScheduler.open(dir, Map.of("papers", "0 0 3 1 1 ? 2099", "jobs", "0 0 4 1 1 ? 2099"),
        runner)) {
      s.start();
      s.triggerNow("jobs");
      assertTrue(ran.await(20, TimeUnit.SECONDS), "the triggered crawl ran");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.triggerNow("tweets"));
      assertEquals("no scheduled job 'tweets'", e.getMessage());
    }
    assertEquals(List.of("jobs"), runs);
  }

  @Test
  void schedulesPersistAndFollowTheConfiguration() throws Exception {
    CrawlRunner none = source -> new CrawlSummary(source, 0, 0, 0, 0);
    try (CrawlScheduler s = CrawlScheduler.open(dir, Map.of("papers", "0 0 3 ? * SUN", "jobs", "0 0 4 * * ?"), none)) {
      assertEquals(2, s.describe().size());
      CronTrigger t = (CronTrigger) s.quartz().getTrigger(TriggerKey.triggerKey("papers", CrawlScheduler.GROUP));
      assertEquals(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW, t.getMisfireInstruction());
    }
    // Reopened from disk with one source changed and one dropped.
    try (CrawlScheduler s = CrawlScheduler.open(dir, Map.of("papers", "0 30 3 ? * SUN"), none)) {
      Map<String, String> d = s.describe();
      assertEquals(List.of("papers"), List.copyOf(d.keySet()));
      assertTrue(d.get("papers").startsWith("0 30 3 ? * SUN next "), d.get("papers"));
    }
  }

  @Test
  void theLocalStoreIsNotClusteredAndKeepsInterruptedCrawlsForTheirNextFireTime() throws Exception {
    try (CrawlScheduler s = CrawlScheduler.open(dir, Map.of("papers", "0 0 3 ? * SUN"), source -> null)) {
      assertFalse(s.quartz().getMetaData().isJobStoreClustered());
      assertFalse(s.quartz().getJobDetail(org.quartz.JobKey.jobKey("papers", CrawlScheduler.GROUP)).requestsRecovery());
    }
  }

  @Test
  void aBadCronNamesItsKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CrawlScheduler.open(dir, Map.of("jobs", "every day"), source -> null));
    assertEquals("sources.jobs.schedule: not a Quartz cron expression: \"every day\" (e.g. \"0 0 3 * * ?\" for 03:00 every "
        + "day)", e.getMessage());
  }
}
