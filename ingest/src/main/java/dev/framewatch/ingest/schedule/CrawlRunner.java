package dev.framewatch.ingest.schedule;

import dev.framewatch.ingest.crawl.CrawlSummary;

/** Runs one crawl of a source now; what a scheduled job calls. The app wires it to the real crawlers and Kafka. */
@FunctionalInterface
public interface CrawlRunner {
  CrawlSummary crawl(String source) throws Exception;
}
