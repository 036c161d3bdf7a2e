package dev.framewatch.index.count;

import java.util.List;

/**
 * The result of one counting pass: rows sorted by group values then framework order, one per group and framework with a
 * non-zero count, plus the method the index was built with and the totals over all matching documents.
 */
public record ShareCounts(
    List<Dimension> by,
    String where,
    String methodName,
    String methodVersion,
    List<ShareRow> rows,
    long matchingDocuments,
    long matchingDocumentsAnyFramework) {
  public ShareCounts {
    by = List.copyOf(by);
    rows = List.copyOf(rows);
  }
}
