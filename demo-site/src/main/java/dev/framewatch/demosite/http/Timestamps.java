package dev.framewatch.demosite.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The timestamp formats the services write. */
public final class Timestamps {
  private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /** {@code 2022-03-02T23:29:04.000Z}, always with milliseconds, as the Hub and Algolia write it. */
  public static String millis(Instant t) {
    return MILLIS.format(t);
  }

  /** {@code 2025-02-03T08:00:00-05:00}-style, as Greenhouse writes it (here always UTC). */
  public static String offset(Instant t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
  }
}
