package dev.framewatch.ingest.crawl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every crawler puts into a dead letter for a page or item it could not use, so dead letters of all sources read alike:
 * the first {@link #EXCERPT_CHARS} characters of the body, and a context naming source, kind, HTTP status and the part of the
 * source (library, venue, repository, board) the page belongs to.
 */
public final class PageFailure {
  /** Enough of a body to see what went wrong, small enough for a Kafka message. */
  public static final int EXCERPT_CHARS = 2_000;

  private PageFailure() {}

  /**
   * @param partitionKey the context key for the part of the source, e.g. {@code library}, {@code venue}, {@code repo}
   * @param partition its value; left out when empty
   */
  public static Map<String, String> context(String source, String kind, int status, String partitionKey, String partition) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("source", source);
    c.put("kind", kind);
    c.put("status", Integer.toString(status));
    if (partition != null && !partition.isEmpty()) {
      c.put(partitionKey, partition);
    }
    return c;
  }
}
