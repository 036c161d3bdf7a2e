package dev.framewatch.analytics.classify;

import dev.framewatch.core.record.Labels;

/**
 * Where {@link ClassifierService} sends the labels it gives documents. The app implements it with the Kafka producer of the
 * compacted {@code labels} topic, which the indexer applies; tests keep the labels in a list. The port lives here so that the
 * service decides what is labelled and with what, and the transport only carries it.
 */
public interface LabelSink {
  /**
   * Sends one document's whole label state (every task, keyed by {@link Labels#id()}): the topic is compacted, so the newest
   * message per document is all that is kept.
   */
  void publish(Labels labels);

  /** Returns once every label published so far is stored; a label that could not be stored fails here, not silently. */
  void flush();
}
