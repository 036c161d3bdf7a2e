package dev.framewatch.analytics.share;

import dev.framewatch.index.count.Dimension;
import dev.framewatch.index.count.ShareCounts;
import java.util.List;

/** Answers "share by these dimensions, for this filter": the one question the CLI, the API and the pages ask. */
public interface ShareService {
  /**
   * @param where a Lucene query over the index fields, or null for all documents
   * @throws IllegalArgumentException when {@code where} does not parse or names an unknown field
   */
  ShareCounts share(List<Dimension> by, String where);
}
