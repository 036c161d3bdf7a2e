package dev.framewatch.ingest.crawl;

/**
 * A crawler publishing through a {@link FittingSink}: crawlers count a record as published when they hand it over, so the
 * summary moves the records the sink dead-lettered (over the size limit even cut) from published to dead letters.
 */
public record FittedCrawler(Crawler crawler, FittingSink sink) implements Crawler {
  @Override
  public String source() {
    return crawler.source();
  }

  @Override
  public CrawlSummary crawl(CrawlListener listener) {
    return sink.corrected(crawler.crawl(listener));
  }
}
