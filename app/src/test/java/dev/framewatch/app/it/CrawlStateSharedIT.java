package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.app.Pipeline;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.app.kafka.TopicOffsets;
import dev.framewatch.app.kafka.TopicSetup;
import dev.framewatch.app.testing.CommittedRecords;
import dev.framewatch.app.testing.DyingSink;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.Topics;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoSite;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.kafka.RecordSizeLimit;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.state.KafkaCrawlSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawl state kept in the {@code crawl-state} topic: two workers with their own data dirs on one broker share it, so the second
 * resumes where the first stopped, whether the first finished or was killed; and a single-machine install's state file is
 * published to the topic on the first crawl after an upgrade. Each test has its own topic prefix on the one broker.
 */
class CrawlStateSharedIT {
  @TempDir static Path shared;
  @TempDir Path dir;

  private static EmbeddedBroker.Handle kafka;
  private static DemoSite site;

  @BeforeAll
  static void start() {
    kafka = EmbeddedBroker.startOrAttach(shared.resolve("kafka"), 30_000);
    site = DemoSite.start(DemoCorpus.standard());
  }

  @AfterAll
  static void stop() {
    site.close();
    kafka.close();
  }

  /** A worker's settings: its own data dir, the shared broker's topics under {@code prefix}. */
  private Settings worker(String name, String prefix) {
    Settings settings = site.configure(Settings.defaults()).with("http.max-requests-per-second", 1000.0)
        .with("sources.huggingface.page-size", 100).with("data.dir", dir.resolve(name).toString())
        .with("kafka.topic-prefix", prefix);
    TopicSetup.ensure(kafka.bootstrapServers(), KafkaAccess.topics(settings), 1);
    return settings;
  }

  /** Records as readers see them (read_committed); offsets would count transaction markers and aborted records too. */
  private static long messages(String topic) {
    return CommittedRecords.read(kafka.bootstrapServers(), topic).records();
  }

  /** Offsets the topic's partitions span: records, aborted records and transaction markers. */
  private static long offsets(String topic) {
    return TopicOffsets.read(kafka.bootstrapServers(), List.of(topic)).get(topic).values().stream()
        .mapToLong(TopicOffsets.Range::records).sum();
  }

  private static CrawlSummary crawl(Settings settings, String source) {
    return Pipeline.crawlOnce(settings, kafka.bootstrapServers(), source, CrawlListener.NONE);
  }

  @Test
  void aSecondWorkerWithAFreshDataDirRecrawlsOnlyWhatChanged() {
    Topics topics = new Topics("two.");
    Settings a = worker("a", "two.");
    Settings b = worker("b", "two.");
    int models = DemoCorpus.standard().models().size();

    CrawlSummary firstModels = crawl(a, "huggingface");
    CrawlSummary firstJobs = crawl(a, "jobs");
    assertEquals(models, firstModels.recordsPublished());
    long jobs = messages(topics.forKind(Kind.JOB));
    assertEquals(firstJobs.recordsPublished(), jobs);

    CrawlSummary secondModels = crawl(b, "huggingface");
    CrawlSummary secondJobs = crawl(b, "jobs");
    System.out.printf("worker B after worker A: %s%n  %s%n", secondModels, secondJobs);
    // The Hub listing's first page answers 304: nothing new, nothing read. Every jobs page answers 304 and no HN thread is
    // fetched again, the HN search page is read (as in DemoRecrawlIT).
    assertEquals(new CrawlSummary("huggingface", 1, 0, 0, 0, 1, 0, 0), secondModels);
    assertEquals(new CrawlSummary("jobs", 47, 0, 0, 0, 46, 0, 0), secondJobs);
    assertEquals(models, messages(topics.forKind(Kind.MODEL)), "each model once in the topic");
    assertEquals(jobs, messages(topics.forKind(Kind.JOB)), "each job once in the topic");
    assertTrue(Files.exists(dir.resolve("b/crawl-state/jobs.mv.db")), "worker B keeps a local cache");
  }

  @Test
  void aWorkerKilledMidCrawlIsResumedByAnotherWhereItStopped() {
    Topics topics = new Topics("kill.");
    Settings a = worker("a", "kill.");
    Settings b = worker("b", "kill.");
    int models = DemoCorpus.standard().models().size();
    // Worker A dies 50 records into page 11 (pages of 100), those 50 acknowledged by the broker, and never closes anything:
    // its transaction stays open, as a killed process leaves it.
    KafkaCrawlSession dying = KafkaCrawlSession.open(kafka.bootstrapServers(), topics, a.dirs().crawlState(), "huggingface",
        RecordSizeLimit.DEFAULT);
    try {
      RecordSink sink = new DyingSink(dying.sink(), 1050);
      assertThrows(IllegalStateException.class, () -> Sources.crawler(a, "huggingface", sink, dying.state()).crawl(null));
      long started = System.nanoTime();
      CrawlSummary resumed = crawl(b, "huggingface");
      System.out.printf("worker B took over a killed crawl in %d ms: %s%n", (System.nanoTime() - started) / 1_000_000,
          resumed);
      // Pages 1-10 were committed with their state; page 11's first 50 records were not, and B's producer aborted them.
      assertEquals(models - 1000, resumed.recordsPublished(), "worker B resumes at the page the kill interrupted");
      CommittedRecords topic = CommittedRecords.read(kafka.bootstrapServers(), topics.forKind(Kind.MODEL));
      assertEquals(new CommittedRecords(models, models), topic, "each model once, as every reader sees the topic");
      assertTrue(offsets(topics.forKind(Kind.MODEL)) >= models + 50, "the dead worker's 50 are in the log, aborted");
    } finally {
      dying.close(); // fenced by B: nothing left to abort
    }
  }

  @Test
  void aSingleMachineStateFileIsPublishedOnceOnUpgrade() {
    Topics topics = new Topics("upgrade.");
    Settings old = worker("old", "upgrade.");
    // Before the upgrade: the state lives only in <data.dir>/crawl-state/jobs.mv.db.
    try (dev.framewatch.ingest.kafka.KafkaRecordSink sink = dev.framewatch.ingest.kafka.KafkaRecordSink.create(
            kafka.bootstrapServers(), topics, "old");
        CrawlState state = CrawlState.open(old.dirs().crawlState(), "jobs")) {
      assertEquals(0, Sources.crawler(old, "jobs", sink, state).crawl(null).notModified());
    }
    assertEquals(0, messages(topics.crawlState()));

    CrawlSummary upgraded = crawl(old, "jobs");
    assertEquals(new CrawlSummary("jobs", 47, 0, 0, 0, 46, 0, 0), upgraded, "no incremental state lost");
    long published = messages(topics.crawlState());
    assertTrue(published > 0);
    // Another worker, fresh data dir: the migrated state is in the topic. Nothing is published twice.
    assertEquals(new CrawlSummary("jobs", 47, 0, 0, 0, 46, 0, 0), crawl(worker("new", "upgrade."), "jobs"));
    System.out.printf("migrated %d crawl-state messages of jobs%n", published);
    assertEquals(published, messages(topics.crawlState()), "a recrawl of unchanged pages writes no state");
  }
}
