package dev.framewatch.ingest.papers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Reads the papers test fixtures (our own, written in the upstream formats) from the classpath. */
public final class Fixtures {
  public static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

  private Fixtures() {}

  public static String read(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/papers/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PaperContext ctx(String venue, Integer year) {
    return new PaperContext(venue, year, NOW);
  }

  /** Every upstream served from one base URL (a test's server). */
  public static Map<Upstream, String> everyUpstreamAt(String baseUrl) {
    Map<Upstream, String> urls = new EnumMap<>(Upstream.class);
    for (Upstream u : Upstream.values()) {
      urls.put(u, baseUrl);
    }
    return urls;
  }
}
