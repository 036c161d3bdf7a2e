package dev.framewatch.ingest.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.core.settings.SettingsException;
import dev.framewatch.core.settings.SettingsLoader;
import dev.framewatch.ingest.github.GitHubCrawler;
import dev.framewatch.ingest.github.GitHubOptions;
import dev.framewatch.ingest.jobs.JobsCrawler;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.papers.PapersCrawler;
import dev.framewatch.ingest.state.CrawlState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry of sources: their order, an unknown name, each source's own checks, and a crawler made from its keys. */
class SourcesTest {
  /** Crawlers here are made, never run. */
  private static final RecordSink NOWHERE = new RecordSink() {
    @Override
    public void publish(EvidenceRecord record) {}

    @Override
    public void deadLetter(DeadLetter letter) {}

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private static SettingsLoader loader() {
    SettingsLoader loader = new SettingsLoader();
    Sources.checks().forEach(loader::check);
    return loader;
  }

  @Test
  void theSourcesInTheOrderTheDemoCrawlsThem() {
    assertEquals(List.of("papers", "jobs", "github", "huggingface"), Sources.names());
  }

  @Test
  void anUnknownSourceNamesTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sources.get("arxiv"));
    assertEquals("unknown source 'arxiv' (available: papers, jobs, github, huggingface)", e.getMessage());
  }

  @Test
  void eachSourceChecksItsOwnKeysWhenTheConfigurationLoads() {
    loader().load(); // the defaults pass
    SettingsException e = assertThrows(SettingsException.class, () -> loader()
        .setAll(List.of("kafka.partitions=0", "sources.huggingface.page-size=0", "sources.huggingface.max-models=-1",
            "sources.github.base-url=ftp://x"))
        .load());
    assertEquals(List.of(
        "kafka.partitions: must be at least 1",
        "sources.github.base-url: must be an http(s) URL, got \"ftp://x\"",
        "sources.huggingface.page-size: must be between 1 and 1000",
        "sources.huggingface.max-models: must not be negative"), e.problems());
    SettingsException wrongType = assertThrows(SettingsException.class,
        () -> loader().set("sources.huggingface.page-size", "lots").load());
    assertEquals(List.of("sources.huggingface.page-size: expected a number, got \"lots\""), wrongType.problems());
  }

  @Test
  void aCrawlerIsMadeFromItsSourcesKeys() {
    Settings settings = Settings.defaults().with("sources.github.repos", List.of("a/b"));
    Crawler github = Sources.crawler(settings, "github", NOWHERE, CrawlState.none()).crawler();
    assertEquals("github", github.source());
    assertEquals(GitHubOptions.from(settings.source("github")), ((GitHubCrawler) github).options());

    // arXiv's own rate (sources.papers.arxiv.min-interval-ms) goes to the papers crawler's fetcher, for arXiv's host only.
    PapersCrawler papers = (PapersCrawler) Sources.crawler(settings, "papers", NOWHERE, CrawlState.none()).crawler();
    assertEquals(Map.of("export.arxiv.org:-1", Duration.ofSeconds(3)),
        papers.context().fetcher().options().hostIntervals());
    JobsCrawler jobs = (JobsCrawler) Sources.crawler(settings, "jobs", NOWHERE, CrawlState.none()).crawler();
    assertEquals(Map.of(), jobs.context().fetcher().options().hostIntervals());
  }
}
