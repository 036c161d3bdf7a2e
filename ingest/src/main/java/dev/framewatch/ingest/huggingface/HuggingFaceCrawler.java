package dev.framewatch.ingest.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.ingest.crawl.ApiFields;
import dev.framewatch.ingest.crawl.CrawlContext;
import dev.framewatch.ingest.crawl.CrawlListener;
import dev.framewatch.ingest.crawl.CrawlRun;
import dev.framewatch.ingest.crawl.CrawlSummary;
import dev.framewatch.ingest.crawl.Crawler;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.crawl.PageScope;
import dev.framewatch.ingest.http.FetchResult;
import dev.framewatch.ingest.http.LinkHeader;
import dev.framewatch.ingest.state.Checkpoint;
import dev.framewatch.ingest.state.CrawlState;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
public record HuggingFaceCrawler(CrawlContext context, HuggingFaceOptions options) implements Crawler {
  private static final Logger LOG = LoggerFactory.getLogger(HuggingFaceCrawler.class);

  @Override
  public String source() {
    return HubModelMapper.SOURCE;
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
  @Override
  public CrawlSummary crawl(CrawlListener listener) {
    CrawlRun run = new CrawlRun(context, listener);
    List<String> libraries = options.libraries().isEmpty() ? Arrays.asList((String) null) : options.libraries();
    for (String library : libraries) {
      crawlListing(library, run);
    }
    return run.finish(HubModelMapper.SOURCE);
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
  private void crawlListing(String library, CrawlRun run) {
    Optional<ModelMark> head = run.checkpoint().cursor(headCursor(library)).map(ModelMark::parse);
    Optional<String> resume = run.checkpoint().cursor(resumeCursor(library));
    if (resume.isPresent()) {
      Resume r = Resume.parse(resume.get());
      LOG.info("Hub listing '{}': resuming an interrupted crawl at {}", library == null ? "" : library, r.url());
      if (!walk(library, r.url(), head.orElse(null), r.head(), run)) {
        return;
      }
      head = Optional.of(r.head());
    }
    walk(library, firstPage(library), head.orElse(null), null, run);
  }

  /**
   * Pages from {@code start} until the listing ends, a known model (at or before {@code stopAt}) is reached, or the limit.
   *
   * @param newHead the newest model of the crawl this walk belongs to; null when this walk starts it (the first model seen)
   * @return true when the walk got to its end, false when a page failed (the resume cursor then points at that page)
   */
  private boolean walk(String library, URI start, ModelMark stopAt, ModelMark newHead, CrawlRun run) {
    String partition = library == null ? "" : library;
    PageScope scope = PageScope.of(HubModelMapper.SOURCE, "model", "library", partition);
    Checkpoint checkpoint = run.checkpoint();
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
      boolean firstPage = url.equals(first);
      // Every page is asked with the validators kept for it, and only the first page's are ever kept (below): the others
      // go out plain. A 304 to any page ends the walk.
      FetchResult page = run.fetch(scope, url, true);
      if (page == null) {
        return false;
      }
      if (page.status() == 304) {
        // Nothing on the first page changed, so nothing was added on top of it.
        break;
      }
      JsonNode items;
      try {
        items = ApiFields.parse(page.body(), "page");
      } catch (MalformedResponseException e) {
        run.failPage(scope, url, page, e.getMessage());
        return false;
      }
      if (items == null || !items.isArray()) {
        run.failPage(scope, url, page, "page is not a JSON array but " + (items == null ? "empty" : items.getNodeType()));
        return false;
      }
      Instant fetchedAt = run.now();
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
          run.known(items.size() - i);
          stop = true;
          break;
        }
        if (options.maxModels() > 0 && listed >= options.maxModels()) {
          stop = true;
          break;
        }
        try {
          context.sink().publish(HubModelMapper.toModel(item, fetchedAt));
          published++;
          listed++;
        } catch (InvalidRecordException e) {
          rejected++;
          run.rejectItem(scope, url, page.status(), e.getMessage(), item.toString());
        }
      }
      run.published(published);
      run.report(scope, url, page, published, rejected);
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
