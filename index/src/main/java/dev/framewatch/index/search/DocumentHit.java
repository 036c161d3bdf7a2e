package dev.framewatch.index.search;

import java.util.List;

/**
 * One document behind a number, with why it counts.
 *
 * @param evidence per framework it counts for, the passage (or hub signal) that names it
 * @param score relevance to the filter; 0 when ranked by date
 */
public record DocumentHit(
    String id, String kind, String source, String title, String venue, String year, List<String> frameworks,
    java.util.Map<String, String> evidence, String url, float score) {
  public DocumentHit {
    frameworks = List.copyOf(frameworks);
    evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
  }
}
