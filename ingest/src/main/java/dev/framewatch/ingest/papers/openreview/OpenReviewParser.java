package dev.framewatch.ingest.papers.openreview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Paper;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import dev.framewatch.ingest.papers.PaperContext;
import dev.framewatch.ingest.papers.PaperPage;
import dev.framewatch.ingest.papers.Papers;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenReview API v2 notes ({@code /notes?content.venueid=ICLR.cc/2024/Conference&offset=0&limit=1000}):
 * {@code {"notes":[{"id", "content":{"title":{"value"}, "authors":{"value":[..]}, ...}, "cdate"}], "count"}}. Content fields
 * are read as {@code {"value": ..}} (v2) or bare values (v1). Author ids that are e-mail addresses give e-mail domains;
 * relative PDF paths are resolved against the OpenReview site.
 */
public final class OpenReviewParser {
  public static final String SOURCE = "openreview";

  private OpenReviewParser() {}

  /**
   * @param site where {@code /pdf/...} and {@code /forum?id=} live, e.g. {@code https://openreview.net}
   */
  public static PaperPage parseNotes(String body, URI site, PaperContext ctx) throws MalformedResponseException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException("not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new MalformedResponseException("expected a JSON object with \"notes\", got " + (root == null ? "nothing" : root.getNodeType()));
    }
    JsonNode notes = root.get("notes");
    if (notes == null || !notes.isArray()) {
      throw new MalformedResponseException("response has no \"notes\" array");
    }
    JsonNode count = root.get("count");
    long total = count != null && count.canConvertToLong() ? count.longValue() : PaperPage.UNPAGED;
    List<Paper> papers = new ArrayList<>();
    List<PaperPage.Rejected> rejected = new ArrayList<>();
    for (JsonNode note : notes) {
      try {
        papers.add(toPaper(note, site, ctx));
      } catch (InvalidRecordException e) {
        rejected.add(new PaperPage.Rejected(e.getMessage(), note.toString()));
      }
    }
    return new PaperPage(papers, rejected, total);
  }

  private static Paper toPaper(JsonNode note, URI site, PaperContext ctx) {
    if (!note.isObject()) {
      throw new InvalidRecordException(null, "expected a note object, got " + note.getNodeType());
    }
    String id = note.path("id").asText(null);
    JsonNode content = note.path("content");
    List<String> authors = strings(value(content, "authors"));
    List<String> domains = new ArrayList<>();
    for (String authorId : strings(value(content, "authorids"))) {
      Papers.emailDomain(authorId).filter(d -> !domains.contains(d)).ifPresent(domains::add);
    }
    String pdf = text(value(content, "pdf"));
    if (pdf != null && pdf.startsWith("/")) {
      pdf = site.resolve(pdf).toString();
    }
    String abstractText = text(value(content, "abstract"));
    String code = text(value(content, "code"));
    if (code == null) {
      code = Papers.codeLink(abstractText).orElse(null);
    }
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    extra.put("openreview_id", TextNode.valueOf(id == null ? "" : id));
    putText(extra, "presentation", text(value(content, "venue")));
    putText(extra, "venueid", text(value(content, "venueid")));
    putText(extra, "primary_area", text(value(content, "primary_area")));
    JsonNode keywords = value(content, "keywords");
    if (keywords != null && keywords.isArray()) {
      extra.put("keywords", keywords);
    }
    return Papers.paper(SOURCE, ctx, ctx.year(), id, text(value(content, "title")), authors, List.of(), domains,
        abstractText,
        Papers.links("pdf", pdf, "page", id == null ? null : site.resolve("/forum?id=" + id).toString(), "code", code),
        extra);
  }

  private static JsonNode value(JsonNode content, String field) {
    JsonNode v = content.get(field);
    if (v != null && v.isObject() && v.has("value")) {
      return v.get("value");
    }
    return v;
  }

  private static String text(JsonNode v) {
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  private static List<String> strings(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(x -> {
        if (x.isTextual()) {
          out.add(x.textValue());
        }
      });
    }
    return Papers.cleanAll(out);
  }

  private static void putText(Map<String, JsonNode> extra, String key, String value) {
    if (value != null && !value.isBlank()) {
      extra.put(key, TextNode.valueOf(value));
    }
  }
}
