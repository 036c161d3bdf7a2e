package dev.framewatch.ingest.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.ingest.crawl.ApiFields;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One page of the HN Algolia {@code search_by_date} answer for the whoishiring account's stories, newest first:
 * {@code {"hits":[{"objectID":"39562986","title":"Ask HN: Who is hiring? (March 2024)","created_at_i":1709305200,
 * "num_comments":812,...}],"page":0,"nbPages":4,"hitsPerPage":100,...}}.
 *
 * <p>whoishiring posts three stories a month; only "Ask HN: Who is hiring? ..." is a thread of job postings. "Ask HN: Who wants
 * to be hired?" and "Ask HN: Freelancer? Seeking freelancer?" are skipped, and so is any other story of the account.
 *
 * @param threads the hiring threads on this page posted at or after {@code since}, newest first
 * @param page this page's number ({@code page}, from 0)
 * @param pages how many pages the search has ({@code nbPages})
 * @param reachedSince true when a hit older than {@code since} was seen: later pages hold only older stories
 * @param hits the page's hits, all kinds
 */
public record HnSearchPage(List<HiringThread> threads, int page, int pages, boolean reachedSince, int hits) {
  private static final Pattern HIRING_TITLE = Pattern.compile("(?i)^\\s*ask\\s+hn:\\s*who\\s+is\\s+hiring\\b");

  public HnSearchPage {
    threads = List.copyOf(threads);
  }

  /** Whether a story's title is a "Who is hiring?" thread's. */
  static boolean isHiringTitle(String title) {
    return HIRING_TITLE.matcher(title).find();
  }

  /** Whether the search has a page after this one that may still hold stories at or after {@code since}. */
  public boolean hasNext() {
    return !reachedSince && page + 1 < pages;
  }

  /**
   * Reads one page; a hit without a story id or a date is skipped (it cannot be crawled or placed in time).
   *
   * @param since the oldest story kept
   */
  public static HnSearchPage parse(String body, Instant since) throws MalformedResponseException {
    JsonNode root = ApiFields.read(body, "HN search");
    JsonNode hits = root.get("hits");
    if (!root.isObject() || hits == null || !hits.isArray()) {
      throw new MalformedResponseException("HN search is not {\"hits\":[...]} but " + GreenhouseParser.describe(root));
    }
    List<HiringThread> threads = new ArrayList<>();
    boolean reachedSince = false;
    for (JsonNode hit : hits) {
      String objectId = hit.path("objectID").asText("");
      Instant created = createdAt(hit);
      if (!objectId.matches("\\d{1,18}") || created == null) {
        continue;
      }
      if (created.isBefore(since)) {
        reachedSince = true;
        break;
      }
      String title = hit.path("title").asText("");
      if (isHiringTitle(title)) {
        JsonNode comments = hit.path("num_comments");
        threads.add(new HiringThread(Long.parseLong(objectId), title, created, comments.canConvertToInt() ? comments.intValue()
            : -1));
      }
    }
    // A page without paging fields is the whole answer.
    int page = root.path("page").asInt(0);
    int pages = root.path("nbPages").asInt(page + 1);
    return new HnSearchPage(threads, page, pages, reachedSince, hits.size());
  }

  private static Instant createdAt(JsonNode hit) {
    JsonNode seconds = hit.path("created_at_i");
    if (seconds.canConvertToLong()) {
      return Instant.ofEpochSecond(seconds.longValue());
    }
    try {
      return hit.hasNonNull("created_at") ? Instant.parse(hit.get("created_at").asText()) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
