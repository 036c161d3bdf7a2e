package dev.framewatch.ingest.testing;

import dev.framewatch.core.record.Adoption;
import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.kafka.RecordSizeLimit;
import java.util.ArrayList;
import java.util.List;

/** A {@link RecordSink} that keeps everything in memory, in order, for assertions; optionally refusing records over a limit. */
public final class CollectingSink implements RecordSink {
  private final RecordSizeLimit limit;
  private final List<EvidenceRecord> records = new ArrayList<>();
  private final List<DeadLetter> deadLetters = new ArrayList<>();
  private final List<Adoption> adoption = new ArrayList<>();
  private int flushes;
  private boolean closed;

  public CollectingSink() {
    this(null);
  }

  /** @param limit records over it are refused as {@code KafkaRecordSink} refuses them; null: none */
  public CollectingSink(RecordSizeLimit limit) {
    this.limit = limit;
  }

  @Override
  public synchronized void publish(EvidenceRecord record) {
    if (limit != null) {
      limit.check(record.id(), RecordSizeLimit.sizeOf(record.id(), RecordCodec.encodeBytes(record)));
    }
    records.add(record);
  }

  @Override
  public synchronized void publishAdoption(Adoption measurement) {
    adoption.add(measurement);
  }

  public synchronized List<Adoption> adoption() {
    return List.copyOf(adoption);
  }

  @Override
  public RecordSizeLimit sizeLimit() {
    return limit == null ? RecordSink.super.sizeLimit() : limit;
  }

  @Override
  public synchronized void deadLetter(DeadLetter letter) {
    deadLetters.add(letter);
  }

  @Override
  public synchronized void flush() {
    flushes++;
  }

  @Override
  public synchronized void close() {
    closed = true;
  }

  public synchronized List<EvidenceRecord> records() {
    return List.copyOf(records);
  }

  public synchronized List<DeadLetter> deadLetters() {
    return List.copyOf(deadLetters);
  }

  public synchronized List<String> ids() {
    return records.stream().map(EvidenceRecord::id).toList();
  }

  public synchronized int flushes() {
    return flushes;
  }

  public synchronized boolean closed() {
    return closed;
  }
}
