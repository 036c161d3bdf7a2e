package dev.framewatch.index.indexer;

/**
 * When the indexer commits documents and offsets together: after {@code everyRecords} records or {@code intervalMs} after the
 * first uncommitted record, whichever comes first (and always on a graceful close). Fewer commits index faster; more commits
 * make new records searchable sooner and shorten the replay after a crash.
 */
public record CommitPolicy(int everyRecords, long intervalMs) {
  public CommitPolicy {
    if (everyRecords < 1) {
      throw new IllegalArgumentException("commit every records must be at least 1, got " + everyRecords);
    }
    if (intervalMs < 1) {
      throw new IllegalArgumentException("commit interval must be at least 1 ms, got " + intervalMs);
    }
  }
}
