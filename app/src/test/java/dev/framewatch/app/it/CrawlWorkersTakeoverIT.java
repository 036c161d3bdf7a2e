package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.TopicSetup;
import dev.framewatch.app.testing.ChildJvm;
import dev.framewatch.app.testing.CommittedRecords;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.Topics;
import dev.framewatch.core.settings.SchedulerStore;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoSite;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.ingest.schedule.CrawlScheduler;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two crawl workers ({@code framewatch run --roles crawl}, each its own JVM and data dir) on one Kafka broker and one
 * PostgreSQL Quartz store. Worker A runs a triggered crawl; killed with SIGKILL in the middle of it, its crawl is recovered
 * by worker B (Quartz clustered, {@code requestsRecovery}), which resumes from the crawl state in Kafka: every model reaches
 * the topic exactly once as readers see it, and B publishes exactly what A had not committed.
 */
class CrawlWorkersTakeoverIT {
  private static final String NEVER = "0 0 5 1 1 ? 2099";
  private static final String PREFIX = "workers.";

  @TempDir Path dir;

  @Test
  void aCrawlWhoseWorkerIsKilledIsFinishedByTheOtherAndEachRecordIsPublishedOnce() throws Exception {
    int models = DemoCorpus.standard().models().size();
    Topics topics = new Topics(PREFIX);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        EmbeddedBroker.Handle kafka = EmbeddedBroker.startOrAttach(dir.resolve("kafka"), 30_000);
        DemoSite site = DemoSite.start(DemoCorpus.standard())) {
      TopicSetup.ensure(kafka.bootstrapServers(), topics, 1);
      String jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
      SchedulerStore store = new SchedulerStore(jdbcUrl, "postgres", "", 1000);
      List<String> args = workerArgs(kafka.bootstrapServers(), jdbcUrl, site.baseUrl());

      Process a = ChildJvm.start(dir.resolve("a.log"), with(args, dir.resolve("a")));
      Process b = null;
      try {
        await(() -> log("a").contains("crawl huggingface:"), 90, "worker A's schedules are up: " + log("a"));
        // The test triggers through the shared store, as the dashboard's crawl action does; only A is running yet.
        try (CrawlScheduler trigger = CrawlScheduler.open(dir.resolve("trigger"), store, schedules(),
            source -> new CrawlSummary(source, 0, 0, 0, 0))) {
          trigger.triggerNow("huggingface");
        }
        await(() -> committed(kafka, topics) >= 300, 90, "worker A publishes: " + log("a"));
        b = ChildJvm.start(dir.resolve("b.log"), with(args, dir.resolve("b")));
        await(() -> log("b").contains("crawl huggingface:"), 90, "worker B's schedules are up: " + log("b"));

        long beforeKill = committed(kafka, topics);
        assertTrue(beforeKill < models, "the kill must come mid-crawl, " + beforeKill + " of " + models + " committed");
        a.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no abort, no last check-in
        long killedAt = System.nanoTime();
        long byA = committed(kafka, topics); // A is dead: what it committed is final
        System.out.printf("worker A killed with %,d of %,d models committed%n", byA, models);

        await(() -> Files.exists(crawlLog("b")), 120, "worker B recovers and finishes the crawl: " + log("b"));
        double takeoverS = (System.nanoTime() - killedAt) / 1e9;
        JsonNode crawl = Json.mapper().readTree(crawlLog("b").toFile());
        System.out.printf("worker B finished the crawl %.1f s after the kill: %s%n", takeoverS, crawl);
        Thread.sleep(2000); // a second run, were there one, would come late

        assertEquals(models - byA, crawl.get("new_records").asLong(),
            "B publishes exactly what A had not committed: " + crawl);
        assertEquals(new CommittedRecords(models, models),
            CommittedRecords.read(kafka.bootstrapServers(), topics.forKind(Kind.MODEL)), "each model once in the topic");
        assertTrue(log("b").contains("re-running the crawl of huggingface that a stopped worker left unfinished"), log("b"));
        assertEquals(1, count(log("b"), "scheduled crawl of huggingface done"), "the recovered crawl ran once: " + log("b"));
      } finally {
        a.destroyForcibly();
        if (b != null) {
          b.destroy(); // SIGTERM: a clean stop
          b.waitFor();
        }
      }
    }
  }

  /** The shared settings of both workers: schedules that never fire by themselves, the demo site's Hub at one page a second. */
  private static List<String> workerArgs(String bootstrap, String jdbcUrl, String siteUrl) {
    List<String> args = new ArrayList<>(List.of("run", "--roles", "crawl",
        "--set", "kafka.bootstrap-servers=" + bootstrap, "--set", "kafka.topic-prefix=" + PREFIX,
        "--set", "scheduler.jdbc-url=" + jdbcUrl, "--set", "scheduler.jdbc-user=postgres",
        "--set", "scheduler.cluster-checkin-interval-ms=1000",
        "--set", "sources.huggingface.base-url=" + siteUrl, "--set", "sources.huggingface.page-size=100",
        "--set", "http.max-requests-per-second=1"));
    schedules().forEach((job, cron) -> {
      args.add("--set");
      args.add((job.equals("report") ? "report" : "sources." + job) + ".schedule=" + cron);
    });
    return args;
  }

  private static Map<String, String> schedules() {
    Map<String, String> out = new LinkedHashMap<>();
    Sources.names().forEach(source -> out.put(source, NEVER));
    out.put("report", NEVER);
    return out;
  }

  private static String[] with(List<String> args, Path dataDir) {
    List<String> out = new ArrayList<>(args);
    out.addAll(List.of("--data-dir", dataDir.toString()));
    return out.toArray(String[]::new);
  }

  private static long committed(EmbeddedBroker.Handle kafka, Topics topics) {
    return CommittedRecords.read(kafka.bootstrapServers(), topics.forKind(Kind.MODEL)).records();
  }

  private Path crawlLog(String worker) {
    return dir.resolve(worker).resolve("crawls").resolve("huggingface.json");
  }

  private String log(String worker) {
    try {
      Path p = dir.resolve(worker + ".log");
      return Files.exists(p) ? Files.readString(p) : "";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long count(String text, String needle) {
    long n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static void await(BooleanSupplier condition, int seconds, String what) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + seconds + " s: " + what);
      }
      Thread.sleep(250);
    }
  }
}
