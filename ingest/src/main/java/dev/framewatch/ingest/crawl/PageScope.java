package dev.framewatch.ingest.crawl;

import java.util.Map;

/**
 * Which part of a source a page belongs to: what its progress reports and its dead letters name.
 *
 * @param source the source progress reports name ({@link PageReport#source()})
 * @param upstream the service dead letters name in their context; the source itself, or the site it reads for it (a paper
 *     listing's {@code openreview}, a job board's {@code lever})
 * @param kind what the page holds, e.g. {@code paper}, {@code repo}, {@code stars}
 * @param partitionKey the context key of the part of the source, e.g. {@code library}, {@code venue}, {@code repo}
 * @param partition its value; empty when none
 */
public record PageScope(String source, String upstream, String kind, String partitionKey, String partition) {
  /** A scope whose dead letters name the source itself. */
  public static PageScope of(String source, String kind, String partitionKey, String partition) {
    return new PageScope(source, source, kind, partitionKey, partition);
  }

  /** The dead-letter context of a page or item of this scope that answered {@code status}. */
  public Map<String, String> context(int status) {
    return PageFailure.context(upstream, kind, status, partitionKey, partition);
  }
}
