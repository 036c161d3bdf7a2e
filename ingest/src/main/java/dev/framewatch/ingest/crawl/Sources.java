package dev.framewatch.ingest.crawl;

import dev.framewatch.core.settings.Settings;
import dev.framewatch.core.settings.SettingsProblems;
import dev.framewatch.ingest.github.GitHubCrawler;
import dev.framewatch.ingest.github.GitHubMapper;
import dev.framewatch.ingest.github.GitHubOptions;
import dev.framewatch.ingest.http.FetchOptions;
import dev.framewatch.ingest.huggingface.HubModelMapper;
import dev.framewatch.ingest.huggingface.HuggingFaceCrawler;
import dev.framewatch.ingest.huggingface.HuggingFaceOptions;
import dev.framewatch.ingest.jobs.JobsCrawler;
import dev.framewatch.ingest.jobs.JobsOptions;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.papers.PapersCrawler;
import dev.framewatch.ingest.papers.PapersOptions;
import dev.framewatch.ingest.state.CrawlState;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The sources framewatch crawls, one line each, in the order {@code demo} crawls them; {@code crawl}, the schedules of
 * {@code run} and the dashboard's crawl actions all come from here. A new source is its package in ingest (options with a
 * {@code from(Config)}, a {@link Crawler}) plus one line below.
 */
public final class Sources {
  private static final List<CrawlerFactory<?>> ALL = List.of(
      CrawlerFactory.of(PapersCrawler.SOURCE, PapersOptions::from, PapersCrawler::new)
          .fetching((shared, options) -> options.fetchOptions(shared)),
      CrawlerFactory.of(JobsCrawler.SOURCE, JobsOptions::from, JobsCrawler::new),
      CrawlerFactory.of(GitHubMapper.SOURCE, GitHubOptions::from, GitHubCrawler::new).checking(GitHubOptions::check),
      CrawlerFactory.of(HubModelMapper.SOURCE, HuggingFaceOptions::from, HuggingFaceCrawler::new)
          .checking(HuggingFaceOptions::check));

  private Sources() {}

  /** The sources' names, in crawl order. */
  public static List<String> names() {
    return ALL.stream().map(CrawlerFactory::source).toList();
  }

  /**
   * @throws IllegalArgumentException for a source not listed here, naming the ones that are
   */
  public static CrawlerFactory<?> get(String source) {
    return ALL.stream().filter(f -> f.source().equals(source)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(unknown(source)));
  }

  /** Says that {@code source} is none of them, and which there are. */
  public static String unknown(String source) {
    return "unknown source '" + source + "' (available: " + String.join(", ", names()) + ")";
  }

  /** Each source's checks of its own keys, for {@link dev.framewatch.core.settings.SettingsLoader#check}. */
  public static List<Consumer<SettingsProblems>> checks() {
    return ALL.stream().<Consumer<SettingsProblems>>map(f -> f::check).toList();
  }

  /**
   * A crawler of {@code source} as configured: its options from {@code sources.<source>}, a fetcher of its own on
   * {@code http.*} (and whatever the source adds, such as arXiv's rate), on the system clock.
   */
  public static FittedCrawler crawler(Settings settings, String source, RecordSink sink, CrawlState state) {
    return crawler(settings, get(source), sink, state);
  }

  public static FittedCrawler crawler(Settings settings, CrawlerFactory<?> source, RecordSink sink, CrawlState state) {
    // Through a FittingSink: a record over the sink's size limit has its text cut, or is dead-lettered, never stops the crawl.
    FittingSink fitting = new FittingSink(sink, Clock.systemUTC());
    Crawler crawler = source.create(settings.source(source.source()), FetchOptions.from(settings), fitting,
        Clock.systemUTC(), state);
    return new FittedCrawler(crawler, fitting);
  }

  /** The names, for picocli's {@code completionCandidates} (and so its {@code ${COMPLETION-CANDIDATES}} in help). */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }
}
