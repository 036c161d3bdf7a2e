package dev.framewatch.ingest.jobs;

import dev.framewatch.ingest.crawl.CrawlSummary;

/**
 * A jobs crawl's {@link CrawlSummary} plus what the shared summary has no field for.
 *
 * @param duplicates postings not published because the run had already published the same posting (same board or another)
 * @param skipped items skipped on purpose: deleted HN comments, JSON-LD items of other types
 */
public record JobsCrawlReport(CrawlSummary summary, long duplicates, long skipped) {
  @Override
  public String toString() {
    return summary + ", " + duplicates + " duplicates skipped";
  }
}
