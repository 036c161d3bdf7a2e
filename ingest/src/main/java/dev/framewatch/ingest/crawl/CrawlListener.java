package dev.framewatch.ingest.crawl;

/** Receives a {@link PageReport} after every page a crawler fetches. */
@FunctionalInterface
public interface CrawlListener {
  CrawlListener NONE = page -> { };

  void onPage(PageReport page);
}
