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
import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.HttpFetcher;
import dev.framewatch.ingest.http.LinkHeader;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.state.Checkpoint;
import dev.framewatch.ingest.state.CrawlState;
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
  private final CrawlState state;

  /** A crawler that remembers nothing between crawls. */
  public HuggingFaceCrawler(HttpFetcher fetcher, RecordSink sink, HuggingFaceOptions options, Clock clock) {
    this(fetcher, sink, options, clock, CrawlState.none());
  }

  public HuggingFaceCrawler(HttpFetcher fetcher, RecordSink sink, HuggingFaceOptions options, Clock clock, CrawlState state) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.state = Objects.requireNonNull(state, "state");
  }

  public HuggingFaceCrawler(HttpFetcher fetcher, RecordSink sink, Settings settings) {
    this(fetcher, sink, settings, CrawlState.none());
  }

  public HuggingFaceCrawler(HttpFetcher fetcher, RecordSink sink, Settings settings, CrawlState state) {
    this(fetcher, sink, HuggingFaceOptions.from(settings), Clock.systemUTC(), state);
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

  /**
   * Crawls every configured listing, then flushes the sink (so a failed Kafka send fails the crawl). With a {@link CrawlState}
   * that holds an earlier crawl, only models newer than the newest it saw are published, and a listing it left half-way is
   * finished first.
   */
  public CrawlSummary crawl(CrawlListener listener) {
    CrawlListener progress = listener == null ? CrawlListener.NONE : listener;
    Tally tally = new Tally();
    Checkpoint checkpoint = new Checkpoint(state, sink);
    List<String> libraries = options.libraries().isEmpty() ? Arrays.asList((String) null) : options.libraries();
    for (String library : libraries) {
      crawlListing(library, tally, progress, checkpoint);
    }
    checkpoint.commit();
    CrawlSummary summary = new CrawlSummary(HubModelMapper.SOURCE, tally.pages, tally.published, tally.failedPages,
        tally.deadLettered, tally.notModified, tally.known, 0);
    LOG.info("{}", summary);
    return summary;
  }

  static String headCursor(String library) {
    return "hf.head." + (library == null ? "*" : library);
  }

  static String resumeCursor(String library) {
    return "hf.resume." + (library == null ? "*" : library);
  }

  /**
   * One listing. The listing is newest first, so a crawl that has seen it before stops at the first model it already knows
   * (the newest model of the last finished crawl, or anything created before it), and the listing's first page is asked
   * conditionally: a 304 there means nothing was added. After every page the crawl commits where it is (the next page's
   * URL and the newest model of this crawl); a crawl that dies is resumed from there next time, down to the old stop mark,
   * before the listing is looked at from the top again.
   */
  private void crawlListing(String library, Tally tally, CrawlListener progress, Checkpoint checkpoint) {
    Optional<ModelMark> head = checkpoint.cursor(headCursor(library)).map(ModelMark::parse);
    Optional<String> resume = checkpoint.cursor(resumeCursor(library));
    if (resume.isPresent()) {
      Resume r = Resume.parse(resume.get());
      LOG.info("Hub listing '{}': resuming an interrupted crawl at {}", library == null ? "" : library, r.url());
      if (!walk(library, r.url(), head.orElse(null), r.head(), tally, progress, checkpoint)) {
        return;
      }
      head = Optional.of(r.head());
    }
    walk(library, firstPage(library), head.orElse(null), null, tally, progress, checkpoint);
  }

  /**
   * Pages from {@code start} until the listing ends, a known model (at or before {@code stopAt}) is reached, or the limit.
   *
   * @param newHead the newest model of the crawl this walk belongs to; null when this walk starts it (the first model seen)
   * @return true when the walk got to its end, false when a page failed (the resume cursor then points at that page)
   */
  private boolean walk(String library, URI start, ModelMark stopAt, ModelMark newHead, Tally tally, CrawlListener progress,
      Checkpoint checkpoint) {
    String partition = library == null ? "" : library;
    URI first = firstPage(library);
    long listed = 0;
    Set<URI> seen = new HashSet<>();
    URI url = start;
    ModelMark head = newHead;
    while (url != null) {
      if (!seen.add(url)) {
        LOG.warn("Hub listing for '{}' links back to {}; stopping it", partition, url);
        break;
      }
      tally.pages++;
      boolean firstPage = url.equals(first);
      FetchResult page;
      try {
        FetchRequest request = FetchRequest.get(url);
        page = fetcher.fetch(firstPage ? checkpoint.conditional(request) : request);
      } catch (FetchException e) {
        failPage(tally, progress, partition, url, e.lastStatus(), e.attempts(), e.reason(), "");
        return false;
      }
      if (page.status() == 304) {
        // Nothing on the first page changed, so nothing was added on top of it.
        tally.notModified++;
        progress.onPage(new PageReport(HubModelMapper.SOURCE, partition, url, 304, page.attempts(), 0, 0, tally.published));
        break;
      }
      if (page.status() != 200) {
        failPage(tally, progress, partition, url, page.status(), page.attempts(), "HTTP " + page.status(),
            page.excerpt(EXCERPT_CHARS));
        return false;
      }
      JsonNode items;
      try {
        items = Json.mapper().readTree(page.body());
      } catch (JsonProcessingException e) {
        failPage(tally, progress, partition, url, page.status(), page.attempts(),
            "page is not valid JSON: " + e.getOriginalMessage(), page.excerpt(EXCERPT_CHARS));
        return false;
      }
      if (items == null || !items.isArray()) {
        failPage(tally, progress, partition, url, page.status(), page.attempts(),
            "page is not a JSON array but " + (items == null ? "empty" : items.getNodeType()), page.excerpt(EXCERPT_CHARS));
        return false;
      }
      Instant fetchedAt = clock.instant();
      int published = 0;
      int rejected = 0;
      boolean stop = false;
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i);
        ModelMark mark = ModelMark.of(item);
        if (head == null && mark != null) {
          head = mark;
        }
        if (stopAt != null && mark != null && mark.reached(stopAt)) {
          tally.known += items.size() - i;
          stop = true;
          break;
        }
        if (options.maxModels() > 0 && listed >= options.maxModels()) {
          stop = true;
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
      if (firstPage) {
        checkpoint.validators(url, page, null);
      }
      if (options.maxModels() > 0 && listed >= options.maxModels()) {
        stop = true;
      }
      url = stop ? null : next(page).orElse(null);
      if (url != null && head != null) {
        checkpoint.cursor(resumeCursor(library), new Resume(url, head).format());
        checkpoint.commit();
      }
    }
    if (head != null) {
      checkpoint.cursor(headCursor(library), head.format());
    }
    checkpoint.clearCursor(resumeCursor(library));
    checkpoint.commit();
    return true;
  }

  /**
   * A model's place in the newest-first listing: its id and {@code createdAt}.
   *
   * @param createdAt null when the item has none that parses
   */
  record ModelMark(String id, Instant createdAt) {
    static ModelMark of(JsonNode item) {
      if (item == null || !item.isObject()) {
        return null;
      }
      String id = item.path("id").isTextual() ? item.get("id").textValue()
          : item.path("modelId").isTextual() ? item.get("modelId").textValue() : null;
      if (id == null || id.isBlank()) {
        return null;
      }
      Instant created = null;
      if (item.path("createdAt").isTextual()) {
        try {
          created = java.time.OffsetDateTime.parse(item.get("createdAt").textValue()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
          created = null;
        }
      }
      return new ModelMark(id, created);
    }

    /** Whether this model is {@code known} itself, or was created before it (so the crawl that saw it saw this one too). */
    boolean reached(ModelMark known) {
      return id.equals(known.id) || (createdAt != null && known.createdAt != null && createdAt.isBefore(known.createdAt));
    }

    String format() {
      return id + "\n" + (createdAt == null ? "" : createdAt.toString());
    }

    static ModelMark parse(String s) {
      int nl = s.indexOf('\n');
      String created = nl < 0 ? "" : s.substring(nl + 1);
      return new ModelMark(nl < 0 ? s : s.substring(0, nl), created.isEmpty() ? null : Instant.parse(created));
    }
  }

  /** Where an interrupted listing goes on, and the newest model the interrupted crawl saw. */
  record Resume(URI url, ModelMark head) {
    String format() {
      return url + "\n" + head.format();
    }

    static Resume parse(String s) {
      int nl = s.indexOf('\n');
      return new Resume(URI.create(s.substring(0, nl)), ModelMark.parse(s.substring(nl + 1)));
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
    int notModified;
    long known;
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
