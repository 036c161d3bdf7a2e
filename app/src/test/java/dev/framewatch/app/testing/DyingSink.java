package dev.framewatch.app.testing;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.ingest.kafka.RecordSink;

/**
 * Passes records to Kafka until a limit, then fails as a killed process would: mid-crawl, after what was already sent reached
 * the broker, without the rest.
 */
public final class DyingSink implements RecordSink {
  private final RecordSink inner;
  private int left;

  public DyingSink(RecordSink inner, int limit) {
    this.inner = inner;
    this.left = limit;
  }

  @Override
  public void publish(EvidenceRecord record) {
    if (left-- == 0) {
      inner.flush();
      throw new IllegalStateException("crash");
    }
    inner.publish(record);
  }

  @Override
  public void deadLetter(DeadLetter letter) {
    inner.deadLetter(letter);
  }

  @Override
  public void flush() {
    inner.flush();
  }

  @Override
  public void close() {
    inner.close();
  }
}
