package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.schedule.CrawlRunner;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which jobs {@code run} schedules where: crawls with the crawl role, the weekly report with the index role, and on a shared
 * (clustered) store the report kept in the replica's local store, so a crawl-only worker never draws a report from no index.
 */
class RunSchedulersTest {
  private static final CrawlRunner NONE = source -> new CrawlSummary(source, 0, 0, 0, 0);
  /** Sorted: Quartz lists its triggers in no particular order. */
  private static final List<String> ALL_JOBS = List.of("crawl github", "crawl huggingface", "crawl jobs", "crawl papers",
      "report");

  @TempDir Path dir;

  private static List<String> sorted(java.util.Collection<String> jobs) {
    return jobs.stream().sorted().toList();
  }

  private Settings settings() {
    return Settings.defaults().with("data.dir", dir.toString());
  }

  @Test
  void onOneMachineEveryJobIsInOneLocalScheduler() {
    try (RunSchedulers s = RunSchedulers.open(settings(), Roles.parse(Roles.ALL), NONE)) {
      assertSame(s.crawl(), s.report());
      assertFalse(s.crawl().clustered());
      assertEquals(ALL_JOBS, sorted(s.describe().keySet()));
    }
  }

  @Test
  void theRolesDecideTheJobs() {
    try (RunSchedulers crawlOnly = RunSchedulers.open(settings(), Roles.parse("crawl"), NONE)) {
      assertNull(crawlOnly.report());
      assertEquals(ALL_JOBS.subList(0, 4), sorted(crawlOnly.describe().keySet()));
    }
    try (RunSchedulers indexOnly = RunSchedulers.open(settings(), Roles.parse("index"), NONE)) {
      assertNull(indexOnly.crawl());
      assertEquals(List.of("report"), sorted(indexOnly.describe().keySet()), "the crawls left the local store");
    }
    try (RunSchedulers serveOnly = RunSchedulers.open(settings(), Roles.parse("serve"), NONE)) {
      assertNull(serveOnly.crawl());
      assertNull(serveOnly.report());
      assertTrue(serveOnly.describe().isEmpty());
    }
  }

  @Test
  void onASharedStoreTheReportStaysLocal() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Settings shared = settings().with("scheduler.jdbc-url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres")
          .with("scheduler.jdbc-user", "postgres").with("scheduler.cluster-checkin-interval-ms", 1000);
      try (RunSchedulers s = RunSchedulers.open(shared, Roles.parse(Roles.ALL), NONE)) {
        assertTrue(s.crawl().clustered());
        assertFalse(s.report().clustered());
        assertEquals(ALL_JOBS.subList(0, 4), sorted(s.crawl().describe().keySet().stream()
            .map(job -> "crawl " + job).toList()));
        assertEquals(List.of("report"), sorted(s.report().describe().keySet()));
        assertEquals(ALL_JOBS, sorted(s.describe().keySet()));
      }
      try (RunSchedulers crawlOnly = RunSchedulers.open(shared, Roles.parse("crawl"), NONE)) {
        assertNull(crawlOnly.report());
        assertEquals(ALL_JOBS.subList(0, 4), sorted(crawlOnly.describe().keySet()), "no report in the shared store");
      }
    }
  }
}
