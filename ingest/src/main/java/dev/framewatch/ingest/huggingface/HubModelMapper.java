package dev.framewatch.ingest.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Model;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one item of the Hub's {@code /api/models} listing into a {@link Model} record. Errors name the Hub's field, since the
 * dead letter shows the Hub's JSON.
 *
 * <p>Note for analysis, not fixed here: the Hub gives every model created before its March 2022 migration the same
 * {@code createdAt}, 2022-03-02T23:29:04.000Z, so that date is not a real creation date.
 */
public final class HubModelMapper {
  public static final String SOURCE = "huggingface";
  public static final String ID_PREFIX = "hf:";

  /** Hub fields worth keeping beyond the contract, and the snake_case names they get in {@code extra}. */
  private static final Map<String, String> EXTRA_FIELDS = extraFields();

  private HubModelMapper() {}

  private static Map<String, String> extraFields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("author", "author");
    m.put("lastModified", "last_modified");
    m.put("sha", "sha");
    m.put("gated", "gated");
    return m;
  }

  /**
   * @throws InvalidRecordException naming the offending Hub field
   */
  public static Model toModel(JsonNode item, Instant fetchedAt) {
    if (!(item instanceof ObjectNode node)) {
      throw new InvalidRecordException(null, "expected a JSON object, got " + (item == null ? "nothing" : item.getNodeType()));
    }
    // "id" is the repository name; older listings also carry it as "modelId".
    String modelId = text(node, "id");
    if (modelId == null) {
      modelId = text(node, "modelId");
    }
    if (modelId == null || modelId.isBlank()) {
      throw new InvalidRecordException("id", "is required");
    }
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    EXTRA_FIELDS.forEach((hub, ours) -> {
      JsonNode v = node.get(hub);
      if (v != null && !v.isNull()) {
        extra.put(ours, v);
      }
    });
    return new Model(ID_PREFIX + modelId, SOURCE, fetchedAt, modelId, text(node, "library_name"), tags(node),
        text(node, "pipeline_tag"), date(node, "createdAt"), count(node, "downloads"), count(node, "likes"), extra);
  }

  private static String text(ObjectNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidRecordException(field, "expected a string, got " + v.getNodeType());
    }
    return v.textValue();
  }

  private static long count(ObjectNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return 0;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new InvalidRecordException(field, "expected an integer count, got " + v);
    }
    return v.longValue();
  }

  private static List<String> tags(ObjectNode node) {
    JsonNode v = node.get("tags");
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new InvalidRecordException("tags", "expected an array of strings, got " + v.getNodeType());
    }
    List<String> tags = new ArrayList<>(v.size());
    for (JsonNode t : v) {
      if (!t.isTextual()) {
        throw new InvalidRecordException("tags", "expected an array of strings, found " + t);
      }
      tags.add(t.textValue());
    }
    return tags;
  }

  /** The creation day in UTC, from an ISO-8601 timestamp such as {@code 2022-03-02T23:29:04.000Z}. */
  private static LocalDate date(ObjectNode node, String field) {
    String s = text(node, field);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException(field, "expected an ISO-8601 timestamp, got \"" + s + "\"");
    }
  }
}
