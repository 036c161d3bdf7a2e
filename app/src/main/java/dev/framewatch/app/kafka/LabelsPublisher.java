package dev.framewatch.app.kafka;

import dev.framewatch.analytics.classify.LabelSink;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.Topics;
import dev.framewatch.ingest.kafka.KafkaRecordSink;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes classifier output to the compacted {@code labels} topic, keyed by document id, with the record producers' settings
 * (idempotent, acks=all). Labels are records, so the index can be rebuilt with them by replaying the topic. The classifier
 * service's {@link LabelSink}.
 */
public final class LabelsPublisher implements LabelSink, AutoCloseable {
  private final Producer<String, byte[]> producer;
  private final String topic;
  private Future<RecordMetadata> last;

  public LabelsPublisher(String bootstrapServers, Topics topics) {
    this.producer = new KafkaProducer<>(KafkaRecordSink.producerConfig(bootstrapServers, "framewatch-classify"),
        new StringSerializer(), new ByteArraySerializer());
    this.topic = topics.labels();
  }

  public String topic() {
    return topic;
  }

  @Override
  public void publish(Labels labels) {
    last = producer.send(new ProducerRecord<>(topic, labels.id(), labels.encode().getBytes(StandardCharsets.UTF_8)));
  }

  /** Waits until every label sent so far is acknowledged; a failed send fails here, not silently. */
  @Override
  public void flush() {
    producer.flush();
    if (last != null) {
      try {
        last.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while publishing labels", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("publishing labels to " + topic + " failed: " + e.getCause().getMessage(), e);
      }
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
