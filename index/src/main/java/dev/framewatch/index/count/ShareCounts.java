package dev.framewatch.index.count;

import dev.framewatch.index.schema.Dimension;
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
    long matchingDocumentsAnyFramework,
    List<GroupTotal> groups) {
  public ShareCounts {
    by = List.copyOf(by);
    rows = List.copyOf(rows);
    groups = List.copyOf(groups);
  }

  /** Counts whose groups are known only through their rows (groups naming no framework are then absent). */
  public ShareCounts(List<Dimension> by, String where, String methodName, String methodVersion, List<ShareRow> rows,
      long matchingDocuments, long matchingDocumentsAnyFramework) {
    this(by, where, methodName, methodVersion, rows, matchingDocuments, matchingDocumentsAnyFramework,
        GroupTotal.fromRows(rows));
  }

  /**
   * One group's denominators, including groups where no document names a framework (coverage 0), which have no rows.
   *
   * @param group the group's values, as in its rows
   */
  public record GroupTotal(java.util.Map<String, String> group, long documents, long documentsAnyFramework) {
    public GroupTotal {
      group = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(group));
    }

    static List<GroupTotal> fromRows(List<ShareRow> rows) {
      java.util.Map<java.util.Map<String, String>, GroupTotal> out = new java.util.LinkedHashMap<>();
      for (ShareRow r : rows) {
        out.putIfAbsent(r.group(), new GroupTotal(r.group(), r.documents(), r.documentsAnyFramework()));
      }
      return List.copyOf(out.values());
    }
  }
}
