package dev.framewatch.ingest.crawl;

/**
 * One source's crawler: what the scheduler, {@code crawl --once} and the demo run. A crawl publishes what is new since the
 * state in its {@link CrawlContext} says was published, dead-letters what it cannot use, and flushes the sink before it
 * returns (so a failed Kafka send fails the crawl).
 */
public interface Crawler {
  /** The source's name, as under {@code sources.} in the configuration and in {@link CrawlSummary#source()}. */
  String source();

  /**
   * Crawls everything the source's options name, once.
   *
   * @param listener told after every page; null for none
   */
  CrawlSummary crawl(CrawlListener listener);
}
