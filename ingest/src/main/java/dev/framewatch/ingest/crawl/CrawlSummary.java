package dev.framewatch.ingest.crawl;

/**
 * What one crawl of one source did.
 *
 * @param pagesFetched pages (listing pages, documents) requested, failed ones included
 * @param recordsPublished valid records sent to Kafka
 * @param failedPages pages that could not be used (error status, retries exhausted, unparseable body); each one is dead-lettered
 * @param deadLettered dead letters sent: failed pages plus invalid items
 */
public record CrawlSummary(String source, int pagesFetched, long recordsPublished, int failedPages, long deadLettered) {
  @Override
  public String toString() {
    return source + ": " + pagesFetched + " pages, " + recordsPublished + " records, " + failedPages + " failed pages, "
        + deadLettered + " dead letters";
  }
}
