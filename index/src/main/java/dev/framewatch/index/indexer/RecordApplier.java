package dev.framewatch.index.indexer;

import dev.framewatch.core.record.AdoptionCodec;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Topics;
import dev.framewatch.index.adoption.AdoptionIndex;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one Kafka message does to the index (the task to the indexer's loop, as a Kafka Connect {@code SinkTask} is to its
 * worker): a record is written, a tombstone deletes, a {@code labels} message relabels a document; anything that cannot be
 * decoded is skipped with a warning naming topic, partition and offset. Offsets and commits are the loop's business.
 */
final class RecordApplier {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  /** What applying one message did. */
  enum Outcome { WRITTEN, DELETED, SKIPPED }

  private final Topics topics;
  private final LabelMerge documents;
  private final AdoptionIndex.Writer adoption;

  RecordApplier(Topics topics, LabelMerge documents, AdoptionIndex.Writer adoption) {
    this.topics = topics;
    this.documents = documents;
    this.adoption = adoption;
  }

  Outcome apply(ConsumerRecord<String, byte[]> record) {
    if (record.topic().equals(topics.labels())) {
      return applyLabels(record);
    }
    if (record.topic().equals(topics.adoption())) {
      return applyAdoption(record);
    }
    if (record.value() == null) {
      // A tombstone: the record was withdrawn (compaction will drop it from Kafka too).
      if (record.key() == null) {
        return skip(record, "tombstone without a key");
      }
      documents.delete(record.key());
      return Outcome.DELETED;
    }
    EvidenceRecord evidence;
    try {
      // The topic fixes the kind: a record without one takes it, one naming another kind is a producer bug.
      evidence = RecordCodec.decode(new String(record.value(), StandardCharsets.UTF_8), topics.kindOf(record.topic()));
    } catch (InvalidRecordException e) {
      return skip(record, e.getMessage());
    }
    if (record.key() != null && !record.key().equals(evidence.id())) {
      LOG.warn("{}-{} offset {}: key '{}' differs from record id '{}'; indexed under the id", record.topic(),
          record.partition(), record.offset(), record.key(), evidence.id());
    }
    try {
      documents.putRecord(evidence);
    } catch (IllegalArgumentException e) {
      // Lucene refuses the document (e.g. a term over 32 KB) and stays usable; failing here would stop the indexer on the
      // same record at every restart.
      return skip(record, "not indexable: " + e.getMessage());
    }
    return Outcome.WRITTEN;
  }

  /** An adoption measurement: into the adoption index, apart from the evidence ({@link AdoptionIndex}). */
  private Outcome applyAdoption(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      if (record.key() == null) {
        return skip(record, "tombstone without a key");
      }
      adoption.delete(record.key());
      return Outcome.DELETED;
    }
    try {
      adoption.put(AdoptionCodec.decode(new String(record.value(), StandardCharsets.UTF_8)));
    } catch (InvalidRecordException e) {
      return skip(record, e.getMessage());
    }
    return Outcome.WRITTEN;
  }

  /**
   * A {@code labels} message: the whole label state of one document, applied by rewriting that document with it. Labels are
   * consumed only while the record topics are caught up, so a label for a document that is not in the index names a document
   * that does not exist: it is skipped, not kept waiting.
   */
  private Outcome applyLabels(ConsumerRecord<String, byte[]> message) {
    String id = message.key();
    Labels labels = null;
    if (message.value() != null) {
      try {
        labels = Labels.decode(new String(message.value(), StandardCharsets.UTF_8));
      } catch (InvalidRecordException e) {
        return skip(message, e.getMessage());
      }
      id = labels.id();
    }
    if (id == null) {
      return skip(message, "labels without a document id");
    }
    if (!documents.putLabels(id, labels)) {
      return skip(message, "labels for document '" + id + "', which is not in the index");
    }
    return Outcome.WRITTEN;
  }

  private static Outcome skip(ConsumerRecord<String, byte[]> record, String reason) {
    // Producers validate before sending, so this means a producer bug or a hand-written record: say exactly where it is.
    LOG.warn("skipped record {}-{} offset {}: {}", record.topic(), record.partition(), record.offset(), reason);
    return Outcome.SKIPPED;
  }
}
