package dev.framewatch.ingest.jobs;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * Greenhouse Job Board API, {@code GET /v1/boards/{board}/jobs?content=true}: {@code {"jobs":[...],"meta":{"total":N}}}, all of a
 * board's jobs in one response. {@code content} is HTML that is itself entity-escaped. Ids are {@code job:greenhouse:<job id>}
 * (Greenhouse job ids are unique across boards); the company is {@code company_name} when the API sends it, else the board
 * token; the posting date is {@code first_published}, else {@code updated_at}.
 */
public final class GreenhouseParser {
  public static final String SOURCE = "greenhouse";

  private GreenhouseParser() {}

  public static JobParse parse(String body, String board, Instant fetchedAt) throws MalformedResponseException {
    JsonNode root = ApiFields.read(body, "Greenhouse board");
    JsonNode jobs = root.get("jobs");
    if (!root.isObject() || jobs == null || !jobs.isArray()) {
      throw new MalformedResponseException("Greenhouse board is not {\"jobs\":[...]} but " + describe(root));
    }
    List<Job> out = new ArrayList<>();
    List<JobParse.Rejected> rejected = new ArrayList<>();
    for (JsonNode item : jobs) {
      try {
        out.add(toJob(item, board, fetchedAt));
      } catch (InvalidRecordException e) {
        rejected.add(new JobParse.Rejected(e.getMessage(), item.toString()));
      }
    }
    return new JobParse(out, rejected, 0);
  }

  /** {@code meta.total}, or -1 when absent. */
  public static long total(String body) {
    try {
      JsonNode total = ApiFields.read(body, "Greenhouse board").path("meta").path("total");
      return total.canConvertToLong() ? total.longValue() : -1;
    } catch (MalformedResponseException e) {
      return -1;
    }
  }

  static Job toJob(JsonNode item, String board, Instant fetchedAt) {
    if (!item.isObject()) {
      throw new InvalidRecordException(null, "expected a JSON object, got " + item.getNodeType());
    }
    String jobId = JsonFields.text(item, "id");
    if (jobId == null) {
      throw new InvalidRecordException("id", "is required");
    }
    String company = JsonFields.text(item, "company_name");
    String posted = JsonFields.text(item, "first_published");
    String postedField = "first_published";
    if (posted == null) {
      posted = JsonFields.text(item, "updated_at");
      postedField = "updated_at";
    }
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    String url = JsonFields.text(item, "absolute_url");
    if (url != null) {
      extra.put("url", TextNode.valueOf(url));
    }
    extra.put("board", TextNode.valueOf(board));
    return new Job("job:" + SOURCE + ":" + jobId, SOURCE, fetchedAt, JsonFields.text(item, "title"),
        company == null ? board : company, JsonFields.text(item.path("location"), "name"),
        JsonFields.date(postedField, posted), HtmlText.toText(JsonFields.text(item, "content")), extra);
  }

  static String describe(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      return "an object with fields " + names;
    }
    return "a " + node.getNodeType();
  }
}
