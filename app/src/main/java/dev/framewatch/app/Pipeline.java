package dev.framewatch.app;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.dashboard.api.CrawlLog;
import dev.framewatch.index.indexer.IndexRun;
import dev.framewatch.index.indexer.Indexer;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.CrawlerFactory;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.ingest.state.CrawlState;
import dev.framewatch.ingest.state.KafkaCrawlSession;
import java.util.Locale;
import java.util.function.LongConsumer;

/** Wiring from settings: the pieces each command assembles, built one way everywhere. */
public final class Pipeline {
  private Pipeline() {}

  public static FrameworkDetector detector(Settings settings) {
    return new FrameworkDetector(MethodLoader.load(settings.defaultMethod()));
  }

  /** The index's methods: {@code method.default} first, then {@code method.indexed}. */
  public static MethodSet methods(Settings settings) {
    return MethodSet.load(settings.defaultMethod(), settings.indexedMethods());
  }

  public static Indexer indexer(Settings settings, String bootstrapServers) {
    return indexer(settings, bootstrapServers, null);
  }

  public static Indexer indexer(Settings settings, String bootstrapServers, LongConsumer progress) {
    return indexerAt(settings.indexDir(), settings, bootstrapServers, progress);
  }

  /** An indexer writing into {@code indexDir} instead of the configured index path (a new generation for reindex). */
  public static Indexer indexerAt(java.nio.file.Path indexDir, Settings settings, String bootstrapServers,
      LongConsumer progress) {
    return indexerAt(indexDir, settings, bootstrapServers, progress, null);
  }

  /** As above, and {@code backlog} told how many offsets a run until caught up has ahead of it (a progress bar's total). */
  public static Indexer indexerAt(java.nio.file.Path indexDir, Settings settings, String bootstrapServers,
      LongConsumer progress, LongConsumer backlog) {
    return Indexer.builder(indexDir, dev.framewatch.app.kafka.KafkaAccess.topics(settings), methods(settings),
            new dev.framewatch.index.indexer.CommitPolicy(settings.indexCommitEveryRecords(), settings.indexCommitIntervalMs()))
        .ramBufferMb(settings.indexRamBufferMb()).progress(progress).backlog(backlog).kafka(bootstrapServers).open();
  }

  /**
   * Builds and archives the weekly report.
   *
   * @param week {@code YYYY-Www}, or null for the week of the newest evidence (today's when the index is empty)
   * @param outDir null for {@code <data.dir>/reports}
   * @return the week's report directory
   */
  public static java.nio.file.Path writeReport(Settings settings, dev.framewatch.analytics.share.ShareService shares,
      String week, java.nio.file.Path outDir) {
    var freshness = dev.framewatch.analytics.report.IndexFreshness.read(settings.indexDir());
    String w = week;
    if (w == null) {
      java.time.LocalDate newest = dev.framewatch.analytics.report.IndexFreshness.newest(freshness);
      w = dev.framewatch.analytics.report.WeeklyReportBuilder.weekOf(
          newest != null ? newest : java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }
    var report = new dev.framewatch.analytics.report.WeeklyReportBuilder(shares, settings.reportCombinedWeights(),
        java.time.Clock.systemUTC()).build(w, freshness);
    return dev.framewatch.analytics.report.ReportArchive.write(report,
        outDir != null ? outDir : settings.dirs().reports(),
        dev.framewatch.analytics.adoption.AdoptionReportSection.of(settings.indexDir()));
  }

  /** Where each source's crawl state (validators, cursors, what was published) is cached: {@code <data.dir>/crawl-state}. */
  public static java.nio.file.Path crawlStateDir(Settings settings) {
    return settings.dirs().crawlState();
  }

  /**
   * Runs one crawl of {@code source} now, publishing to Kafka at {@code bootstrapServers}. Incremental: the source's
   * {@link CrawlState}, kept in the {@code crawl-state} topic that every worker shares (cached under {@link #crawlStateDir}),
   * says what earlier crawls already published. Records and the state that vouches for them are committed together, page by
   * page, in one Kafka transaction ({@link KafkaCrawlSession}): a crawl that dies leaves nothing its successor sends twice.
   */
  public static CrawlSummary crawlOnce(Settings settings, String bootstrapServers, String source, CrawlListener listener) {
    CrawlerFactory<?> factory = Sources.get(source);
    try (KafkaCrawlSession session = KafkaCrawlSession.open(bootstrapServers,
        dev.framewatch.app.kafka.KafkaAccess.topics(settings), crawlStateDir(settings), source,
        dev.framewatch.app.kafka.KafkaAccess.recordLimit(settings, bootstrapServers))) {
      CrawlSummary summary = Sources.crawler(settings, factory, session.sink(), session.state()).crawl(listener);
      session.commit();
      CrawlLog.write(settings.dataDir(), new CrawlLog(source, java.time.Instant.now(), summary.pagesFetched(),
          summary.recordsPublished(), summary.notModified(), summary.failedPages(), summary.deadLettered(), null));
      return summary;
    } catch (RuntimeException e) {
      // The dashboard's /api/sources and /metrics show the last crawl of each source, failed ones too.
      CrawlLog.write(settings.dataDir(), new CrawlLog(source, java.time.Instant.now(), 0, 0, 0, 0, 0,
          String.valueOf(e.getMessage())));
      throw e;
    }
  }

  public static String describe(IndexRun run) {
    return String.format(Locale.ROOT, "indexed %,d records (%,d documents written, %,d deleted, %,d skipped) in %.1f s, "
        + "%,.0f records/s, %d commits", run.recordsConsumed(), run.documentsWritten(), run.documentsDeleted(), run.skipped(),
        run.elapsed().toMillis() / 1000.0, run.recordsPerSecond(), run.commits());
  }
}
