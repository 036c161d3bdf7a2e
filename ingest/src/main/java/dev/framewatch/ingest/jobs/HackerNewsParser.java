package dev.framewatch.ingest.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Job;
import dev.framewatch.ingest.crawl.ApiFields;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hacker News "Ask HN: Who is hiring?" threads through the Algolia API. {@code GET /api/v1/items/{story}} returns the story
 * with its comments nested under {@code children}; each top-level comment is one posting (replies are discussion and are
 * ignored), a deleted comment (no author or no text) is skipped.
 *
 * <p>The posting's first line is its header by convention, "Company | Role | Place | REMOTE | ...": it becomes the title; the
 * part before the first {@code |} the company (none when the line has no {@code |}); the later parts that look like a place
 * ("Lisbon, Portugal") or name REMOTE, ONSITE or HYBRID, joined by "; ", the location.
 */
public final class HackerNewsParser {
  public static final String SOURCE = "hn";
  static final int MAX_TITLE = 300;
  private static final Pattern WORK_MODE = Pattern.compile("(?i)\\b(remote|onsite|on-site|on site|hybrid)\\b");
  /** "City, Country" or "City, ST": capitalized words, one comma. */
  private static final Pattern PLACE = Pattern.compile("\\p{Lu}[\\p{L} .'-]*, \\p{Lu}[\\p{L} .'-]*");
  private static final int MAX_PLACE = 60;

  private HackerNewsParser() {}

  public static JobParse parseStory(String body, Instant fetchedAt) throws MalformedResponseException {
    JsonNode root = ApiFields.read(body, "HN item");
    JsonNode children = root.get("children");
    if (!root.isObject() || children == null || !children.isArray()) {
      throw new MalformedResponseException("HN item is not a story with \"children\" but " + GreenhouseParser.describe(root));
    }
    String storyId = root.path("id").asText("");
    List<Job> jobs = new ArrayList<>();
    List<JobParse.Rejected> rejected = new ArrayList<>();
    int skipped = 0;
    for (JsonNode comment : children) {
      if (!comment.isObject() || isDeleted(comment)) {
        skipped++;
        continue;
      }
      try {
        Job job = toJob(comment, storyId, fetchedAt);
        if (job == null) {
          skipped++;
        } else {
          jobs.add(job);
        }
      } catch (InvalidRecordException e) {
        JsonNode shallow = comment.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) shallow).remove("children");
        rejected.add(new JobParse.Rejected(e.getMessage(), shallow.toString()));
      }
    }
    return new JobParse(jobs, rejected, skipped);
  }

  private static boolean isDeleted(JsonNode comment) {
    return comment.path("deleted").asBoolean(false) || comment.path("dead").asBoolean(false)
        || comment.path("author").isNull() || comment.path("author").isMissingNode()
        || comment.path("text").isNull() || comment.path("text").isMissingNode()
        || (comment.has("type") && !"comment".equals(comment.path("type").asText()));
  }

  /** Null when the comment has no text left after removing its markup. */
  static Job toJob(JsonNode comment, String storyId, Instant fetchedAt) {
    String id = JsonFields.text(comment, "id");
    if (id == null) {
      throw new InvalidRecordException("id", "is required");
    }
    String text = HtmlText.toText(JsonFields.text(comment, "text"));
    if (text == null || text.isBlank()) {
      return null;
    }
    String header = text.split("\n", 2)[0];
    String[] parts = header.split("\\|");
    String company = null;
    String location = null;
    if (parts.length >= 2) {
      company = parts[0].trim().isEmpty() ? null : parts[0].trim();
      List<String> places = new ArrayList<>();
      for (int i = 1; i < parts.length; i++) {
        String part = parts[i].trim();
        if (part.length() <= MAX_PLACE && (WORK_MODE.matcher(part).find() || PLACE.matcher(part).matches())) {
          places.add(part);
        }
      }
      location = places.isEmpty() ? null : String.join("; ", places);
    }
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    extra.put("url", TextNode.valueOf("https://news.ycombinator.com/item?id=" + id));
    extra.put("hn_author", TextNode.valueOf(JsonFields.text(comment, "author")));
    if (!storyId.isEmpty() && storyId.matches("\\d+")) {
      // As the record's JSON reads back: an int when it fits, so a decoded record equals the published one.
      long story = Long.parseLong(storyId);
      extra.put("story_id", story == (int) story ? IntNode.valueOf((int) story) : LongNode.valueOf(story));
    }
    return new Job("job:" + SOURCE + ":" + id, SOURCE, fetchedAt, JsonFields.cap(header, MAX_TITLE), company, location,
        JsonFields.date("created_at", JsonFields.text(comment, "created_at")), text, extra);
  }

  /** The ids of the "Who is hiring?" stories in a {@code search_by_date} answer, in its order (newest first). */
  public static List<Long> parseSearch(String body) throws MalformedResponseException {
    return HnSearchPage.parse(body, Instant.EPOCH).threads().stream().map(HiringThread::id).toList();
  }
}
