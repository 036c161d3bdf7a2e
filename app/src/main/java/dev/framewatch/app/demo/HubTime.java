package dev.framewatch.app.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The Hub's timestamp format, always with milliseconds: {@code 2022-03-02T23:29:04.000Z}. */
final class HubTime {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private HubTime() {}

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
