package dev.framewatch.ingest.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.record.InvalidRecordException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Lenient field access shared by the job parsers (boards write numbers where strings belong; {@link
 * dev.framewatch.ingest.crawl.ApiFields} reads bodies and strict fields); a field of the wrong type is an {@link InvalidRecordException} naming it. */
final class JsonFields {
  private JsonFields() {}

  /** A string or number as text; null when missing, null or blank. */
  static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isTextual() || v.isNumber()) {
      String s = v.asText().trim();
      return s.isEmpty() ? null : s;
    }
    throw new InvalidRecordException(field, "expected a string, got " + v.getNodeType());
  }

  /** The calendar date at the start of an ISO-8601 date or timestamp, in the offset it was written in. */
  static LocalDate date(String field, String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
      try {
        return LocalDate.parse(v.substring(0, 10));
      } catch (DateTimeParseException e) {
        // fall through
      }
    }
    throw new InvalidRecordException(field, "expected an ISO-8601 date, got \"" + value + "\"");
  }

  static String cap(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
