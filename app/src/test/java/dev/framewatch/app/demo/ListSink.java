package dev.framewatch.app.demo;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.ingest.kafka.RecordSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a crawler publishes; Kafka is not the subject of the demo site's tests. */
final class ListSink implements RecordSink {
  final List<EvidenceRecord> records = new ArrayList<>();
  final List<DeadLetter> deadLetters = new ArrayList<>();

  @Override
  public synchronized void publish(EvidenceRecord record) {
    records.add(record);
  }

  @Override
  public synchronized void deadLetter(DeadLetter letter) {
    deadLetters.add(letter);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  synchronized List<String> ids() {
    return records.stream().map(EvidenceRecord::id).toList();
  }
}
