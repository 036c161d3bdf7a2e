package dev.framewatch.index.indexer;

import java.time.Duration;

/**
 * What one indexer run did.
 *
 * @param recordsConsumed Kafka records read, including tombstones and skipped ones
 * @param documentsWritten documents added or replaced
 * @param documentsDeleted tombstones applied
 * @param skipped records that could not be decoded (logged with topic, partition and offset)
 * @param commits Lucene commits made
 * @param elapsed wall time of the run
 */
public record IndexRun(
    long recordsConsumed, long documentsWritten, long documentsDeleted, long skipped, long commits, Duration elapsed) {

  /** Records per second over the run, for progress lines and benchmarks. */
  public double recordsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : recordsConsumed / seconds;
  }
}
