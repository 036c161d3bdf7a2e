package dev.framewatch.ingest.crawl;

/**
 * What one crawl of one source did.
 *
 * @param pagesFetched pages (listing pages, documents) requested, failed and 304 ones included
 * @param recordsPublished records sent to Kafka: new ones, or ones whose source changed since the last crawl
 * @param failedPages pages that could not be used (error status, retries exhausted, unparseable body); each one is dead-lettered
 * @param deadLettered dead letters sent: failed pages plus invalid items
 * @param notModified pages that answered 304 to a conditional request: nothing read, nothing published
 * @param known records found on a changed page but not published because the state shows them already published as they
 *     are (a known model id, a paper whose listing entry is unchanged, a posting with the same fingerprint)
 * @param duplicates records not published because this crawl or an earlier one published the same thing under another key
 *     (the same posting on two boards)
 * @param skipped items skipped on purpose, neither records nor failures (a deleted comment, a JSON-LD item of another type);
 *     not part of {@link #toString()}
 */
public record CrawlSummary(String source, int pagesFetched, long recordsPublished, int failedPages, long deadLettered,
    int notModified, long known, long duplicates, long skipped) {
  /** A summary of a crawl that skipped nothing on purpose. */
  public CrawlSummary(String source, int pagesFetched, long recordsPublished, int failedPages, long deadLettered,
      int notModified, long known, long duplicates) {
    this(source, pagesFetched, recordsPublished, failedPages, deadLettered, notModified, known, duplicates, 0);
  }

  /** A summary of a crawl that found nothing unchanged and no duplicates (a first crawl). */
  public CrawlSummary(String source, int pagesFetched, long recordsPublished, int failedPages, long deadLettered) {
    this(source, pagesFetched, recordsPublished, failedPages, deadLettered, 0, 0, 0, 0);
  }

  /** Pages answered 304 plus records already known: what the crawl found unchanged. */
  public long unchanged() {
    return notModified + known;
  }

  @Override
  public String toString() {
    return source + ": " + pagesFetched + " pages fetched, " + recordsPublished + " new records, " + unchanged()
        + " unchanged (" + notModified + " pages 304, " + known + " records known), " + failedPages + " failed pages, "
        + deadLettered + " dead letters, " + duplicates + " duplicates";
  }
}
