package dev.framewatch.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks shared by the record constructors; each failure names the field. */
final class Validation {
  static final int MAX_ID_LENGTH = 512;

  private Validation() {}

  static void requireId(String id) {
    requireText("id", id);
    if (id.length() > MAX_ID_LENGTH) {
      throw new InvalidRecordException("id", "is longer than " + MAX_ID_LENGTH + " characters");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isWhitespace(id.charAt(i)) || Character.isISOControl(id.charAt(i))) {
        throw new InvalidRecordException("id", "must not contain whitespace or control characters: \"" + id + "\"");
      }
    }
  }

  static void requireText(String field, String value) {
    if (value == null) {
      throw new InvalidRecordException(field, "is required");
    }
    if (value.isBlank()) {
      throw new InvalidRecordException(field, "must not be blank");
    }
  }

  static void requireRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidRecordException(field, "must be between " + min + " and " + max + ", got " + value);
    }
  }

  static void requireNonNegative(String field, long value) {
    if (value < 0) {
      throw new InvalidRecordException(field, "must not be negative, got " + value);
    }
  }

  static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  static Map<String, JsonNode> copyExtra(Map<String, JsonNode> extra) {
    // Map.copyOf would lose the input order, which we keep so that re-serialized records read like the input.
    return extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }
}
