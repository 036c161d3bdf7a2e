package dev.framewatch.app.kafka;

import dev.framewatch.core.record.Topics;
import dev.framewatch.core.settings.Settings;

/** Reaches the Kafka that the settings name: the embedded broker of the data dir, or an external cluster; topics ensured. */
public final class KafkaAccess {
  private KafkaAccess() {}

  public static EmbeddedBroker.Handle open(Settings settings) {
    EmbeddedBroker.Handle handle = settings.embeddedKafka()
        ? EmbeddedBroker.startOrAttach(settings.kafkaDir(), 60_000)
        : new EmbeddedBroker.External(settings.kafkaBootstrapServers());
    try {
      TopicSetup.ensure(handle.bootstrapServers(), topics(settings), settings.kafkaPartitions());
    } catch (RuntimeException e) {
      handle.close();
      throw e;
    }
    return handle;
  }

  public static Topics topics(Settings settings) {
    return new Topics(settings.kafkaTopicPrefix());
  }
}
