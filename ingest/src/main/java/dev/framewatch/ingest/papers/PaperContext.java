package dev.framewatch.ingest.papers;

import java.time.Instant;
import java.util.Objects;

/**
 * What a parser is told about the page it reads: which venue and year the listing belongs to (a conference listing does not
 * always say) and when the page was fetched.
 *
 * @param venue lower-case venue name as used in record ids, e.g. {@code cvpr}, {@code arxiv}
 * @param year the listing's year; null when each entry carries its own (arXiv)
 */
public record PaperContext(String venue, Integer year, Instant fetchedAt) {
  public PaperContext {
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
  }
}
