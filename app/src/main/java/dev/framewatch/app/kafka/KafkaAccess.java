package dev.framewatch.app.kafka;

import dev.framewatch.core.record.Topics;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.kafka.RecordSizeLimit;

/** Reaches the Kafka that the settings name: the embedded broker of the data dir, or an external cluster; topics ensured. */
public final class KafkaAccess {
  private KafkaAccess() {}

  public static EmbeddedBroker.Handle open(Settings settings) {
    EmbeddedBroker.Handle handle = settings.embeddedKafka()
        ? EmbeddedBroker.startOrAttach(settings.kafkaDir(), 60_000, configuredLimit(settings))
        : new EmbeddedBroker.External(settings.kafkaBootstrapServers());
    try {
      TopicSetup.ensure(handle.bootstrapServers(), topics(settings), settings.kafkaPartitions(), replication(settings),
          configuredLimit(settings));
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

  /** {@code kafka.max-record-bytes} as set, before any existing topic lowers it. */
  public static RecordSizeLimit configuredLimit(Settings settings) {
    return new RecordSizeLimit(settings.kafkaMaxRecordBytes());
  }

  /** The record size limit publishers use: the setting, or less where an existing topic allows less (logged). */
  public static RecordSizeLimit recordLimit(Settings settings, String bootstrapServers) {
    return TopicLimits.read(bootstrapServers, topics(settings), configuredLimit(settings));
  }

  public static Topics topics(Settings settings) {
    return new Topics(settings.kafkaTopicPrefix());
  }
}
