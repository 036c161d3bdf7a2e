package dev.framewatch.demosite.http;

import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.zip.CRC32;

/**
 * Gives every 200 the validators the real services send: a strong {@code ETag} (a checksum of the body) and a
 * {@code Last-Modified} of the corpus's as-of date. A request whose {@code If-None-Match} (or, without one,
 * {@code If-Modified-Since}) still matches gets a bodiless 304 with the same headers, so a crawler that keeps validators
 * re-crawls an unchanged site almost for free.
 */
public final class Validators implements Dispatcher {
  /** The demo corpus is as of this instant; nothing on the site changes after it. */
  public static final ZonedDateTime LAST_MODIFIED = ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final String LAST_MODIFIED_TEXT = DateTimeFormatter.RFC_1123_DATE_TIME.format(LAST_MODIFIED);

  private final Dispatcher site;

  public Validators(Dispatcher site) {
    this.site = site;
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    FakeResponse response = site.dispatch(request);
    if (response.status() != 200) {
      return response;
    }
    String etag = etag(response.body());
    FakeResponse validated = response.withHeader("ETag", etag).withHeader("Last-Modified", LAST_MODIFIED_TEXT);
    return notModified(request, etag) ? validated.withoutBody(304) : validated;
  }

  /** The {@code ETag} of a body: its CRC-32 and length, quoted. */
  static String etag(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(bytes.length) + "\"";
  }

  private static boolean notModified(RecordedRequest request, String etag) {
    String inm = request.header("If-None-Match");
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.trim();
        if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
          return true;
        }
      }
      return false;
    }
    String ims = request.header("If-Modified-Since");
    if (ims == null) {
      return false;
    }
    try {
      return !ZonedDateTime.parse(ims.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).isBefore(LAST_MODIFIED);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
