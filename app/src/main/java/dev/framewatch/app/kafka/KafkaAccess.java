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
      TopicSetup.ensure(handle.bootstrapServers(), topics(settings), settings.kafkaPartitions(), replication(settings));
    } catch (RuntimeException e) {
      handle.close();
      throw e;
    }
    return handle;
  }

  /** {@code kafka.replication-factor} and {@code kafka.min-insync-replicas}, validated by Settings. */
  public static TopicReplication replication(Settings settings) {
    return new TopicReplication(settings.kafkaReplicationFactor(), settings.kafkaMinInsyncReplicas());
  }

  public static Topics topics(Settings settings) {
    return new Topics(settings.kafkaTopicPrefix());
  }
}
