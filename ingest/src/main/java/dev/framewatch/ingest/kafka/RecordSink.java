package dev.framewatch.ingest.kafka;

import dev.framewatch.core.record.Adoption;
import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;

/** Where crawlers and importers put what they produce: valid records to their kind's topic, failures to dead-letter. */
public interface RecordSink extends AutoCloseable {
  /**
   * Sends one record, keyed by its id, to its kind's topic. Asynchronous; {@link #flush()} waits for acknowledgement.
   *
   * @throws RecordTooLargeException when the record is over {@link #sizeLimit()}; nothing is sent
   */
  void publish(EvidenceRecord record);

  /**
   * Sends one adoption measurement, keyed by its id, to the {@code adoption} topic. Asynchronous like {@link #publish}. A sink
   * that keeps no measurements refuses them, so a crawler that measures is never silently lost.
   */
  default void publishAdoption(Adoption measurement) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not take adoption measurements");
  }

  /** The most bytes a record may take here; none for a sink that does not send to Kafka. */
  default RecordSizeLimit sizeLimit() {
    return new RecordSizeLimit(Integer.MAX_VALUE);
  }

  /** Sends one failure to the dead-letter topic. */
  void deadLetter(DeadLetter letter);

  /** Blocks until everything sent so far is acknowledged (acks=all); throws if any send failed. */
  void flush();

  @Override
  void close();
}
