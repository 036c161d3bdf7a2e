package dev.framewatch.app.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.record.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An existing topic whose replication differs from the settings is reported, with the fix, and left as it is. */
class TopicReplicationIT {
  @TempDir Path dir;

  @Test
  void existingTopicsWithOtherSettingsAreReportedNotChanged() throws Exception {
    Topics topics = new Topics("rep.");
    try (EmbeddedBroker.Handle kafka = EmbeddedBroker.startOrAttach(dir.resolve("kafka"), 30_000);
        Admin admin = Admin.create(TopicSetup.adminConfig(kafka.bootstrapServers()))) {
      String b = kafka.bootstrapServers();
      assertEquals(TopicSetup.required(topics, 1).size(), TopicSetup.ensure(b, topics, 1, TopicReplication.SINGLE).size());
      assertEquals(List.of(), TopicReplication.SINGLE.mismatches(admin, List.of("rep.papers", "rep.dead-letter"), b));

      // Someone lowered one topic's min.insync.replicas by hand; the cluster settings now ask for 3 copies and 2 in sync.
      ConfigResource paper = new ConfigResource(ConfigResource.Type.TOPIC, "rep.papers");
      admin.incrementalAlterConfigs(Map.of(paper, List.of(new AlterConfigOp(
          new ConfigEntry("min.insync.replicas", "1"), AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
      TopicReplication cluster = new TopicReplication((short) 3, 2);
      assertEquals(List.of(
          "topic rep.papers: replication factor 1, wanted 3 (kafka.replication-factor); framewatch leaves it as it is."
              + " To change it: kafka-reassign-partitions.sh --bootstrap-server " + b
              + " --reassignment-json-file plan.json --execute, with plan.json giving each of its 1 partition(s) 3 replicas",
          "topic rep.papers: min.insync.replicas 1, wanted 2 (kafka.min-insync-replicas); framewatch leaves it as it is."
              + " To change it: kafka-configs.sh --bootstrap-server " + b
              + " --alter --entity-type topics --entity-name rep.papers --add-config min.insync.replicas=2"),
          cluster.mismatches(admin, List.of("rep.papers"), b));

      // ensure() with the other settings creates nothing, changes nothing.
      assertEquals(List.of(), TopicSetup.ensure(b, topics, 1, cluster));
      var d = admin.describeTopics(List.of("rep.papers")).allTopicNames().get(30, TimeUnit.SECONDS).get("rep.papers");
      assertEquals(1, d.partitions().get(0).replicas().size());
      assertEquals("1", admin.describeConfigs(List.of(paper)).all().get(30, TimeUnit.SECONDS).get(paper)
          .get("min.insync.replicas").value());
    }
  }

  @Test
  void newTopicsCarryTheReplicationSettings() {
    var required = TopicSetup.required(new Topics("x."), 4, new TopicReplication((short) 3, 2));
    for (var t : required) {
      assertEquals((short) 3, t.replicationFactor(), t.name());
      assertEquals("2", t.configs().get("min.insync.replicas"), t.name());
    }
    assertEquals(4, required.get(0).numPartitions());
  }
}
