package dev.framewatch.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kafka.replication-factor and kafka.min-insync-replicas: one broker by default, validated against each other. */
class KafkaReplicationSettingsTest {
  @Test
  void defaultsSuitOneBroker() {
    Settings s = Settings.defaults();
    assertEquals((short) 1, s.kafkaReplicationFactor());
    assertEquals(1, s.kafkaMinInsyncReplicas());
  }

  @Test
  void aClusterSetsThreeAndTwo() {
    Settings s = new SettingsLoader().setAll(List.of("kafka.replication-factor=3", "kafka.min-insync-replicas=2")).load();
    assertEquals((short) 3, s.kafkaReplicationFactor());
    assertEquals(2, s.kafkaMinInsyncReplicas());
  }

  @Test
  void minInsyncAboveTheReplicationFactorIsRejected() {
    SettingsException e = assertThrows(SettingsException.class, () -> new SettingsLoader()
        .setAll(List.of("kafka.replication-factor=2", "kafka.min-insync-replicas=3")).load());
    assertEquals(List.of("kafka.min-insync-replicas: must not exceed kafka.replication-factor (2), got 3"), e.problems());
  }

  @Test
  void zeroAndWrongTypesAreRejected() {
    SettingsException e = assertThrows(SettingsException.class, () -> new SettingsLoader()
        .setAll(List.of("kafka.replication-factor=0", "kafka.min-insync-replicas=0")).load());
    assertEquals(List.of("kafka.replication-factor: must be between 1 and 32767, got 0",
        "kafka.min-insync-replicas: must be at least 1, got 0"), e.problems());
    SettingsException e2 = assertThrows(SettingsException.class, () -> new SettingsLoader()
        .setAll(List.of("kafka.replication-factor=three")).load());
    assertEquals(List.of("kafka.replication-factor: expected a number, got \"three\""), e2.problems());
  }

  @Test
  void eachBrokerNodeHasItsOwnStorageFolder() {
    assertEquals(Path.of("/srv/fw/data/kafka-2"), DataDir.at(Path.of("/srv/fw/data")).kafkaNode(2));
  }
}
