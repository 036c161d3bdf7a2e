package dev.framewatch.ingest.testing;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.ingest.kafka.RecordSink;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink that behaves like a producer in a process that gets killed: records are only durable once flushed, and after
 * {@code limit} records the next publish dies, losing whatever was sent but not flushed. {@link #durable()} is what Kafka
 * would hold afterwards.
 */
public final class CrashingSink implements RecordSink {
  /** What a killed process leaves behind: an exception out of the crawl. */
  public static final class Killed extends RuntimeException {
    Killed() {
      super("killed");
    }
  }

  private final List<EvidenceRecord> durable = new ArrayList<>();
  private final List<EvidenceRecord> inFlight = new ArrayList<>();
  private int left;

  public CrashingSink(int limit) {
    this.left = limit;
  }

  @Override
  public void publish(EvidenceRecord record) {
    if (left-- == 0) {
      inFlight.clear();
      throw new Killed();
    }
    inFlight.add(record);
  }

  @Override
  public void deadLetter(DeadLetter letter) {}

  @Override
  public void flush() {
    durable.addAll(inFlight);
    inFlight.clear();
  }

  @Override
  public void close() {}

  public List<String> durableIds() {
    return durable.stream().map(EvidenceRecord::id).toList();
  }
}
