package dev.framewatch.ingest.kafka;

/**
 * A record over the {@link RecordSizeLimit}, refused before it was sent: Kafka would refuse it anyway, and the failed send would
 * stop the whole import or crawl. The message is the one line an import prints after {@code FILE:LINE:}.
 */
public final class RecordTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String key;
  private final long size;
  private final int limit;

  public RecordTooLargeException(String key, long size, int limit) {
    super("record is " + size + " bytes, over the " + limit + "-byte limit");
    this.key = key;
    this.size = size;
    this.limit = limit;
  }

  /** The record's key (its id). */
  public String key() {
    return key;
  }

  public long size() {
    return size;
  }

  public int limit() {
    return limit;
  }
}
