package dev.framewatch.analytics.share;

import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import java.util.List;

/** Answers "share by these dimensions, for this filter": the one question the CLI, the API and the pages ask. */
public interface ShareService {
  /**
   * @param where a Lucene query over the index fields, or null for all documents
   * @throws IllegalArgumentException when {@code where} does not parse or names an unknown field
   */
  ShareCounts share(List<Dimension> by, String where);

  /**
   * As above, counted with a named method (a shipped name or a method file) among those the index counts with; null means
   * the index's primary method.
   *
   * @throws IllegalArgumentException when the method is unknown or the index does not count with it
   */
  default ShareCounts share(List<Dimension> by, String where, String method) {
    if (method == null) {
      return share(by, where);
    }
    throw new IllegalArgumentException("method '" + method + "': this share service counts with one method only");
  }
}
