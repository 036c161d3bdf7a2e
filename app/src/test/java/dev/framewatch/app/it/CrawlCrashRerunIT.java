package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.TopicSetup;
import dev.framewatch.app.testing.Cli;
import dev.framewatch.app.testing.DyingSink;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.Topics;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.demosite.DemoCorpus;
import dev.framewatch.demosite.DemoSite;
import dev.framewatch.ingest.kafka.KafkaRecordSink;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.CrawlState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl that dies half-way (after 1,000 records have reached Kafka) and is run again leaves each record in the index once:
 * ids are the source's own keys, topics are compacted by them, and the indexer replaces by id. With the crawl state that
 * {@code crawl} and the scheduler keep, the rerun resumes where the kill struck, so the topic holds each record once too.
 */
class CrawlCrashRerunIT {
  @TempDir Path dir;

  @Test
  void withoutCrawlStateARerunRepublishesButTheIndexHoldsEachRecordOnce() throws Exception {
    Counts c = crashAndRerun(false);
    assertTrue(c.models() > 1000);
    assertEquals(c.models(), c.rerunPublished(), "from scratch, the rerun publishes every model again");
    assertEquals(1000 + c.models(), c.topic(), "the topic holds both runs until compaction");
    assertEquals(c.models(), c.index(), "the index holds each model once");
  }

  @Test
  void withCrawlStateARerunResumesAndTheTopicHoldsEachRecordOnce() throws Exception {
    Counts c = crashAndRerun(true);
    // Pages of 100: the kill came on the first record of page 11, after pages 1-10 were checkpointed.
    assertEquals(c.models() - 1000, c.rerunPublished(), "the rerun resumes at the page the kill interrupted");
    assertEquals(c.models(), c.topic(), "nothing published twice, even before compaction");
    assertEquals(c.models(), c.index());
  }

  /** What one crash-and-rerun leaves: the corpus size, what the rerun published, the topic's and the index's counts. */
  private record Counts(int models, long rerunPublished, long topic, long index) {}

  private Counts crashAndRerun(boolean keepState) throws Exception {
    Path data = dir.resolve("data");
    try (EmbeddedBroker.Handle kafka = EmbeddedBroker.startOrAttach(data.resolve("kafka"), 30_000);
        DemoSite site = DemoSite.start(DemoCorpus.standard())) {
      Topics topics = new Topics("framewatch.");
      TopicSetup.ensure(kafka.bootstrapServers(), topics, 1);
      Settings settings = site.configure(Settings.defaults()).with("http.max-requests-per-second", 1000.0)
          .with("sources.huggingface.page-size", 100);
      int models = DemoCorpus.standard().models().size();
      Path stateDir = data.resolve("crawl-state");

      try (RecordSink sink = new DyingSink(KafkaRecordSink.create(kafka.bootstrapServers(), topics, "crash"), 1000);
          CrawlState state = keepState ? CrawlState.open(stateDir, "huggingface") : CrawlState.none()) {
        assertThrows(IllegalStateException.class,
            () -> Sources.crawler(settings, "huggingface", sink, state).crawl(null));
      }
      long rerun;
      try (KafkaRecordSink sink = KafkaRecordSink.create(kafka.bootstrapServers(), topics, "rerun");
          CrawlState state = keepState ? CrawlState.open(stateDir, "huggingface") : CrawlState.none()) {
        rerun = Sources.crawler(settings, "huggingface", sink, state).crawl(null).recordsPublished();
      }

      Cli cli = new Cli(data);
      assertEquals(0, cli.run("index", "--until-caught-up").exitCode());
      JsonNode stats = Json.mapper().readTree(cli.run("stats", "--format", "json").out());
      assertEquals(stats.at("/index/documents").asLong(), stats.at("/index/by_kind/model").asLong());
      return new Counts(models, rerun, stats.at("/topics/models").asLong(), stats.at("/index/documents").asLong());
    }
  }
}
