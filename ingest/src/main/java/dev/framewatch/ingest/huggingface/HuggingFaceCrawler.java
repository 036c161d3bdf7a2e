package dev.framewatch.ingest.huggingface;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.PageFailure;
import dev.framewatch.ingest.crawl.PageReport;
import dev.framewatch.ingest.http.FetchException;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.http.LinkHeader;
import dev.framewatch.ingest.kafka.RecordSink;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls the Hugging Face Hub's model listing ({@code /api/models}, newest first) into {@code Model} records, one listing per
 * configured library, following the {@code Link: <...>; rel="next"} cursor until there is none or the per-library limit is
 * reached.
 *
 * <p>Failures stay local: an invalid item is dead-lettered and the page goes on; a page that cannot be used (error status,
 * retries exhausted, body not a JSON array) is dead-lettered and ends that library's listing, since its next link is lost
 * with it, and the crawl goes on with the next library.
 */
public final class HuggingFaceCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(HuggingFaceCrawler.class);
  /** How much of an unusable page the dead letter keeps: enough to see what went wrong, not a whole megabyte page. */
  static final int EXCERPT_CHARS = PageFailure.EXCERPT_CHARS;

  private final HttpFetcher fetcher;
  private final RecordSink sink;
  private final HuggingFaceOptions options;
  private final Clock clock;

  public HuggingFaceCrawler(HttpFetcher fetcher, RecordSink sink, HuggingFaceOptions options, Clock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public HuggingFaceCrawler(HttpFetcher fetcher, RecordSink sink, Settings settings) {
    this(fetcher, sink, HuggingFaceOptions.from(settings), Clock.systemUTC());
  }

  /** The first page of one listing; {@code library} null for all models. */
  public URI firstPage(String library) {
    StringBuilder url = new StringBuilder(options.baseUrl())
        .append("/api/models?limit=").append(options.pageSize())
        .append("&full=true&sort=createdAt&direction=-1");
    if (library != null) {
      url.append("&library=").append(URLEncoder.encode(library, StandardCharsets.UTF_8));
    }
    return URI.create(url.toString());
  }

  /** Crawls every configured listing, then flushes the sink (so a failed Kafka send fails the crawl). */
  public CrawlSummary crawl(CrawlListener listener) {
    CrawlListener progress = listener == null ? CrawlListener.NONE : listener;
    Tally tally = new Tally();
    List<String> libraries = options.libraries().isEmpty() ? Arrays.asList((String) null) : options.libraries();
    for (String library : libraries) {
      crawlListing(library, tally, progress);
    }
    sink.flush();
    CrawlSummary summary = new CrawlSummary(HubModelMapper.SOURCE, tally.pages, tally.published, tally.failedPages,
        tally.deadLettered);
    LOG.info("{}", summary);
    return summary;
  }

  private void crawlListing(String library, Tally tally, CrawlListener progress) {
    String partition = library == null ? "" : library;
    long listed = 0;
    Set<URI> seen = new HashSet<>();
    URI url = firstPage(library);
    while (url != null) {
      if (!seen.add(url)) {
        LOG.warn("Hub listing for '{}' links back to {}; stopping it", partition, url);
        return;
      }
      tally.pages++;
      FetchResult page;
      try {
        page = fetcher.get(url);
      } catch (FetchException e) {
        failPage(tally, progress, partition, url, e.lastStatus(), e.attempts(), e.reason(), "");
        return;
      }
      if (page.status() != 200) {
        failPage(tally, progress, partition, url, page.status(), page.attempts(), "HTTP " + page.status(),
            page.excerpt(EXCERPT_CHARS));
        return;
      }
      JsonNode items;
      try {
        items = Json.mapper().readTree(page.body());
      } catch (JsonProcessingException e) {
        failPage(tally, progress, partition, url, page.status(), page.attempts(),
            "page is not valid JSON: " + e.getOriginalMessage(), page.excerpt(EXCERPT_CHARS));
        return;
      }
      if (items == null || !items.isArray()) {
        failPage(tally, progress, partition, url, page.status(), page.attempts(),
            "page is not a JSON array but " + (items == null ? "empty" : items.getNodeType()), page.excerpt(EXCERPT_CHARS));
        return;
      }
      Instant fetchedAt = clock.instant();
      int published = 0;
      int rejected = 0;
      boolean limitReached = false;
      for (JsonNode item : items) {
        if (options.maxModels() > 0 && listed >= options.maxModels()) {
          limitReached = true;
          break;
        }
        try {
          sink.publish(HubModelMapper.toModel(item, fetchedAt));
          published++;
          listed++;
        } catch (InvalidRecordException e) {
          rejected++;
          sink.deadLetter(new DeadLetter(url.toString(), e.getMessage(), item.toString(),
              PageFailure.context(HubModelMapper.SOURCE, "model", page.status(), "library", partition), clock.instant()));
        }
      }
      tally.published += published;
      tally.deadLettered += rejected;
      progress.onPage(new PageReport(HubModelMapper.SOURCE, partition, url, page.status(), page.attempts(), published,
          rejected, tally.published));
      if (limitReached || (options.maxModels() > 0 && listed >= options.maxModels())) {
        return;
      }
      url = next(page).orElse(null);
    }
  }

  /** The rel="next" link of a page, resolved against the page's URL (the Hub sends absolute URLs, others may not). */
  private static Optional<URI> next(FetchResult page) {
    List<String> links = page.headers("Link");
    if (links.isEmpty()) {
      return Optional.empty();
    }
    return LinkHeader.next(String.join(", ", links)).map(page.url()::resolve);
  }

  private void failPage(Tally tally, CrawlListener progress, String partition, URI url, int status, int attempts,
      String reason, String excerpt) {
    LOG.warn("Hub listing page {} failed (status {}): {}", url, status, reason);
    tally.failedPages++;
    tally.deadLettered++;
    sink.deadLetter(new DeadLetter(url.toString(), reason, excerpt,
        PageFailure.context(HubModelMapper.SOURCE, "model", status, "library", partition), clock.instant()));
    progress.onPage(new PageReport(HubModelMapper.SOURCE, partition, url, status, attempts, 0, 1, tally.published));
  }


  /** Running counts of one crawl; confined to the crawling thread. */
  private static final class Tally {
    int pages;
    long published;
    int failedPages;
    long deadLettered;
  }

  /** The listings a crawl would request, in order; for logs and dry runs. */
  public List<URI> firstPages() {
    List<URI> out = new ArrayList<>();
    if (options.libraries().isEmpty()) {
      out.add(firstPage(null));
    } else {
      options.libraries().forEach(l -> out.add(firstPage(l)));
    }
    return out;
  }
}
