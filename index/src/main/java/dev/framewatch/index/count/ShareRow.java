package dev.framewatch.index.count;

import java.util.Map;

/**
 * One group and framework of a share count.
 *
 * @param group the value of each requested dimension other than {@code framework}, in request order ("" when a document has no
 *     value for it)
 * @param framework the framework id
 * @param count documents in the group counted for this framework
 * @param documents all documents in the group
 * @param documentsAnyFramework documents in the group counted for at least one framework
 * @param weight what the documents weigh for this framework: {@code count} when each counts whole, the sum of 1/n over them
 *     under a fractional method (a document naming n frameworks gives each 1/n)
 */
public record ShareRow(
    Map<String, String> group, String framework, long count, long documents, long documentsAnyFramework, double weight) {
  public ShareRow {
    group = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(group));
  }

  /** A row of a method that counts each document whole. */
  public ShareRow(Map<String, String> group, String framework, long count, long documents, long documentsAnyFramework) {
    this(group, framework, count, documents, documentsAnyFramework, count);
  }

  /** weight / documentsAnyFramework, or 0 when no document of the group names a framework. */
  public double share() {
    return documentsAnyFramework == 0 ? 0.0 : weight / documentsAnyFramework;
  }
}
