package dev.framewatch.ingest.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Job;
import dev.framewatch.ingest.crawl.ApiFields;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lever Postings API, {@code GET /v0/postings/{company}?mode=json&skip=S&limit=L}: a JSON array of postings. The text is
 * {@code descriptionPlain} (else {@code description} as HTML), then each of {@code lists} (its heading, then its HTML items),
 * then {@code additionalPlain}. Ids are {@code job:lever:<posting id>}; the company is the Lever site name; {@code createdAt}
 * is epoch milliseconds, dated in UTC.
 */
public final class LeverParser {
  public static final String SOURCE = "lever";

  private LeverParser() {}

  /** The postings of one page; {@link JobParse#jobs()} plus {@link JobParse#rejected()} is the page's size. */
  public static JobParse parse(String body, String company, Instant fetchedAt) throws MalformedResponseException {
    JsonNode root = ApiFields.read(body, "Lever postings page");
    if (!root.isArray()) {
      throw new MalformedResponseException("Lever postings page is not a JSON array but " + GreenhouseParser.describe(root));
    }
    List<Job> out = new ArrayList<>();
    List<JobParse.Rejected> rejected = new ArrayList<>();
    for (JsonNode item : root) {
      try {
        out.add(toJob(item, company, fetchedAt));
      } catch (InvalidRecordException e) {
        rejected.add(new JobParse.Rejected(e.getMessage(), item.toString()));
      }
    }
    return new JobParse(out, rejected, 0);
  }

  static Job toJob(JsonNode item, String company, Instant fetchedAt) {
    if (!item.isObject()) {
      throw new InvalidRecordException(null, "expected a JSON object, got " + item.getNodeType());
    }
    String id = JsonFields.text(item, "id");
    if (id == null) {
      throw new InvalidRecordException("id", "is required");
    }
    JsonNode categories = item.path("categories");
    StringBuilder text = new StringBuilder();
    String description = JsonFields.text(item, "descriptionPlain");
    append(text, description != null ? HtmlText.normalizeLines(description) : HtmlText.toText(JsonFields.text(item, "description")));
    JsonNode lists = item.get("lists");
    if (lists != null && lists.isArray()) {
      for (JsonNode list : lists) {
        append(text, JsonFields.text(list, "text"));
        append(text, HtmlText.toText(JsonFields.text(list, "content")));
      }
    }
    String additional = JsonFields.text(item, "additionalPlain");
    append(text, additional != null ? HtmlText.normalizeLines(additional) : HtmlText.toText(JsonFields.text(item, "additional")));
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    put(extra, "url", JsonFields.text(item, "hostedUrl"));
    put(extra, "team", JsonFields.text(categories, "team"));
    put(extra, "commitment", JsonFields.text(categories, "commitment"));
    put(extra, "workplace_type", JsonFields.text(item, "workplaceType"));
    return new Job("job:" + SOURCE + ":" + id, SOURCE, fetchedAt, JsonFields.text(item, "text"), company,
        JsonFields.text(categories, "location"), created(item), text.length() == 0 ? null : text.toString(), extra);
  }

  private static LocalDate created(JsonNode item) {
    JsonNode v = item.get("createdAt");
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToLong() || !v.isIntegralNumber()) {
      throw new InvalidRecordException("createdAt", "expected epoch milliseconds, got " + v);
    }
    return Instant.ofEpochMilli(v.longValue()).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static void append(StringBuilder sb, String s) {
    if (s != null && !s.isBlank()) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(s.trim());
    }
  }

  private static void put(Map<String, JsonNode> extra, String key, String value) {
    if (value != null) {
      extra.put(key, TextNode.valueOf(value));
    }
  }
}
