package dev.framewatch.ingest.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.record.InvalidRecordException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of one field of an API item (GitHub, Hugging Face, ...). A missing or null field is absent; a field of the wrong
 * type is an {@link InvalidRecordException} naming it, which the crawler turns into a dead letter for that item.
 */
public final class ApiFields {
  private ApiFields() {}

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
