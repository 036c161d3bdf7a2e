package dev.framewatch.ingest.kafka;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Where a {@link KafkaRecordSink} hands its messages: a plain producer it owns, or a crawl's shared {@link CrawlProducer}. */
public interface MessageSender {
  void send(ProducerRecord<String, byte[]> message, Callback callback);

  /** Blocks until everything sent so far is acknowledged. */
  void flush();
}
