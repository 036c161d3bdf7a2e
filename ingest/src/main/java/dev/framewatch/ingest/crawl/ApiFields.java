package dev.framewatch.ingest.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.InvalidRecordException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON API bodies and typed reads of one field of an API item (GitHub, Hugging Face, job boards). A body that is not JSON is a
 * {@link MalformedResponseException} (the page is dead-lettered); a missing or null field is absent; a field of the wrong type
 * is an {@link InvalidRecordException} naming it, which the crawler turns into a dead letter for that item.
 */
public final class ApiFields {
  private ApiFields() {}

  /**
   * A JSON body, not empty.
   *
   * @param what names the body in the exception's message, e.g. {@code repository}: "repository is not valid JSON: ..."
   */
  public static JsonNode read(String body, String what) throws MalformedResponseException {
    JsonNode node = parse(body, what);
    if (node == null || node.isMissingNode()) {
      throw new MalformedResponseException(what + " is empty");
    }
    return node;
  }

  /** A JSON body as parsed: null or a missing node when empty. */
  public static JsonNode parse(String body, String what) throws MalformedResponseException {
    try {
      return Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException(what + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  public static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidRecordException(field, "expected a string, got " + v.getNodeType());
    }
    return v.textValue();
  }

  /** A non-negative count; 0 when absent. */
  public static long count(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return 0;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new InvalidRecordException(field, "expected an integer count, got " + v);
    }
    return v.longValue();
  }

  /** An array of strings; empty when absent. */
  public static List<String> strings(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new InvalidRecordException(field, "expected an array of strings, got " + v.getNodeType());
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode t : v) {
      if (!t.isTextual()) {
        throw new InvalidRecordException(field, "expected an array of strings, found " + t);
      }
      out.add(t.textValue());
    }
    return out;
  }

  /** The UTC day of an ISO-8601 timestamp such as {@code 2022-03-02T23:29:04.000Z}; null when absent. */
  public static LocalDate utcDate(JsonNode node, String field) {
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
