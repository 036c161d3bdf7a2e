package dev.framewatch.app.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** JSON writing and the date formats the job boards use. */
final class JobJson {
  private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private JobJson() {}

  static String write(JsonNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code 2025-03-03T16:02:11.000Z}, as Algolia writes it. */
  static String millis(Instant t) {
    return MILLIS.format(t);
  }

  /** {@code 2025-02-03T08:00:00-05:00}-style, as Greenhouse writes it (here always UTC). */
  static String offset(Instant t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
  }
}
