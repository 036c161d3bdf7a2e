package dev.framewatch.demosite.jobs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.demosite.http.Timestamps;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HN Algolia API: {@code /api/v1/items/<story>} (a "Who is hiring?" story, each top-level comment a posting, some with a
 * reply that is not one) and {@code /api/v1/search_by_date} (the whoishiring account's stories, newest first: each thread's
 * "Who is hiring?" and "Who wants to be hired?", paged by {@code hitsPerPage} and {@code page} with Algolia's paging fields, so
 * the crawler finds the hiring threads by itself and skips the others). The search's {@code numericFilters} is not applied:
 * every demo story is newer than the default {@code sources.jobs.hn.since}, and a scaled site sets it to its first month.
 *
 * @param byStory the postings by story id, oldest story first
 */
record HackerNewsEndpoint(Map<String, List<DemoJob>> byStory) implements Dispatcher {
  static final String PATH = "/api/v1/";
  private static final String ITEMS = "/api/v1/items/";
  private static final String SEARCH = "/api/v1/search_by_date";
  /** Algolia's default {@code hitsPerPage}. */
  private static final int DEFAULT_HITS_PER_PAGE = 20;
  /** A year's "Who wants to be hired?" story id: its "Who is hiring?" story's plus this; it has no item here. */
  private static final long WANTS_TO_BE_HIRED = 500_000L;
  private static final FakeResponse NOT_FOUND = SiteResponses.json(404, "{\"status\":404,\"error\":\"Not Found\"}");

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    String path = request.path();
    if (path.startsWith(ITEMS)) {
      String id = storyId(path.substring(ITEMS.length()));
      List<DemoJob> jobs = id == null ? null : byStory.get(id);
      return jobs == null ? NOT_FOUND : SiteResponses.json(story(Long.parseLong(id), jobs));
    }
    return path.equals(SEARCH) ? SiteResponses.json(stories(request.query())) : NOT_FOUND;
  }

  /** The story id as the corpus writes it ({@code 042} is 42); null for what is no number. */
  private static String storyId(String raw) {
    try {
      return Long.toString(Long.parseLong(raw));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The search: every story, newest first; a year's "Who wants to be hired?" a second after its "Who is hiring?". */
  private ObjectNode stories(Map<String, String> query) {
    List<ObjectNode> all = new ArrayList<>();
    List<String> ids = new ArrayList<>(byStory.keySet());
    Collections.reverse(ids);
    for (String storyId : ids) {
      long id = Long.parseLong(storyId);
      all.add(hit(id + WANTS_TO_BE_HIRED, wantsToBeHiredTitle(id), storyTime(id).plusSeconds(1), 40));
      all.add(hit(id, title(id), storyTime(id), comments(byStory.get(storyId).size())));
    }
    int perPage = Math.max(1, Math.min(1_000, number(query.get("hitsPerPage"), DEFAULT_HITS_PER_PAGE)));
    int page = Math.max(0, number(query.get("page"), 0));
    int pages = (all.size() + perPage - 1) / perPage;
    ArrayNode hits = JsonNodeFactory.instance.arrayNode();
    all.stream().skip((long) page * perPage).limit(perPage).forEach(hits::add);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("hits", hits);
    body.put("nbHits", all.size());
    body.put("page", page);
    body.put("nbPages", pages);
    body.put("hitsPerPage", perPage);
    return body;
  }

  private static ObjectNode hit(long id, String title, Instant at, int comments) {
    ObjectNode h = JsonNodeFactory.instance.objectNode();
    h.put("created_at", Timestamps.millis(at));
    h.put("title", title);
    h.put("author", "whoishiring");
    h.put("num_comments", comments);
    h.putArray("_tags").add("story").add("author_whoishiring").add("story_" + id).add("ask_hn");
    h.put("objectID", Long.toString(id));
    h.put("created_at_i", at.getEpochSecond());
    return h;
  }

  /** A story's comments as {@link #story} writes them: each posting, and a reply to every fourth. */
  private static int comments(int postings) {
    return postings + (postings + 3) / 4;
  }

  private static int number(String value, int otherwise) {
    try {
      return value == null ? otherwise : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static ObjectNode story(long id, List<DemoJob> jobs) {
    ObjectNode story = JsonNodeFactory.instance.objectNode();
    story.put("id", id);
    story.put("created_at", Timestamps.millis(storyTime(id)));
    story.put("created_at_i", storyTime(id).getEpochSecond());
    story.put("type", "story");
    story.put("author", "whoishiring");
    story.put("title", title(id));
    story.put("text", "<p>Please state the location and include REMOTE for remote work.</p>");
    ArrayNode children = story.putArray("children");
    int n = 0;
    for (DemoJob j : jobs) {
      ObjectNode c = comment(children, Long.parseLong(j.postingId()), id, id, j.posted(), "user" + j.postingId().hashCode() % 1000,
          j.company() + " | " + j.title() + " | " + j.location() + "<p>" + j.description());
      ArrayNode replies = c.putArray("children");
      if (n++ % 4 == 0) {
        comment(replies, Long.parseLong(j.postingId()) + 50, Long.parseLong(j.postingId()), id, j.posted().plusSeconds(600),
            "curious_dev", "Do you sponsor visas? | asking for a friend").putArray("children");
      }
    }
    return story;
  }

  private static ObjectNode comment(ArrayNode into, long id, long parent, long story, Instant at, String author, String text) {
    ObjectNode c = into.addObject();
    c.put("id", id);
    c.put("created_at", Timestamps.millis(at));
    c.put("created_at_i", at.getEpochSecond());
    c.put("type", "comment");
    c.put("author", author);
    c.put("text", text);
    c.put("parent_id", parent);
    c.put("story_id", story);
    return c;
  }

  private static Instant storyTime(long id) {
    return JobGenerator.hnMonth(id).atDay(1).atTime(16, 0).toInstant(ZoneOffset.UTC);
  }

  private static String wantsToBeHiredTitle(long id) {
    LocalDate d = storyTime(id).atZone(ZoneOffset.UTC).toLocalDate();
    return "Ask HN: Who wants to be hired? (" + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear()
        + ")";
  }

  private static String title(long id) {
    LocalDate d = storyTime(id).atZone(ZoneOffset.UTC).toLocalDate();
    return "Ask HN: Who is hiring? (" + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear() + ")";
  }
}
