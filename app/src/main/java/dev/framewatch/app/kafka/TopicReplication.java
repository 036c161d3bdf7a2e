package dev.framewatch.app.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * How many copies of each partition framewatch's topics have ({@code kafka.replication-factor}) and how many must hold a record
 * before a send with {@code acks=all} succeeds ({@code kafka.min-insync-replicas}).
 *
 * <p>Topics that already exist are never changed (a reassignment moves data between brokers: an operator's decision), but one
 * whose settings differ is reported with the command that fixes it, so a cluster that silently keeps one copy is noticed.
 */
public record TopicReplication(short factor, int minInsync) {
  /** One broker: the embedded one, and the default. */
  public static final TopicReplication SINGLE = new TopicReplication((short) 1, 1);

  public TopicReplication {
    if (factor < 1 || minInsync < 1 || minInsync > factor) {
      throw new IllegalArgumentException("replication factor " + factor + " with min in-sync " + minInsync);
    }
  }

  /** One warning per setting of an existing topic that differs from these, naming topic, found, wanted and the fix. */
  public List<String> mismatches(Admin admin, Collection<String> existingTopics, String bootstrapServers) {
    if (existingTopics.isEmpty()) {
      return List.of();
    }
    // A topic created a moment ago (by this or another process) may not be known to every broker yet.
    for (int attempt = 1; ; attempt++) {
      try {
        return describe(admin, existingTopics, bootstrapServers);
      } catch (IllegalStateException e) {
        if (attempt == 50 || !(e.getCause() instanceof ExecutionException ee
            && ee.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  private List<String> describe(Admin admin, Collection<String> existingTopics, String bootstrapServers) {
    try {
      Map<String, TopicDescription> described =
          admin.describeTopics(existingTopics).allTopicNames().get(30, TimeUnit.SECONDS);
      Map<ConfigResource, Config> configs = admin.describeConfigs(existingTopics.stream()
          .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList()).all().get(30, TimeUnit.SECONDS);
      List<String> out = new ArrayList<>();
      for (String topic : existingTopics.stream().sorted().toList()) {
        TopicDescription d = described.get(topic);
        int found = d.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
        if (found != factor) {
          out.add("topic " + topic + ": replication factor " + found + ", wanted " + factor
              + " (kafka.replication-factor); framewatch leaves it as it is. To change it: kafka-reassign-partitions.sh"
              + " --bootstrap-server " + bootstrapServers + " --reassignment-json-file plan.json --execute, with plan.json"
              + " giving each of its " + d.partitions().size() + " partition(s) " + factor + " replicas");
        }
        var entry = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic))
            .get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
        int foundMin = entry == null || entry.value() == null ? 1 : Integer.parseInt(entry.value());
        if (foundMin != minInsync) {
          out.add("topic " + topic + ": min.insync.replicas " + foundMin + ", wanted " + minInsync
              + " (kafka.min-insync-replicas); framewatch leaves it as it is. To change it: kafka-configs.sh"
              + " --bootstrap-server " + bootstrapServers + " --alter --entity-type topics --entity-name " + topic
              + " --add-config min.insync.replicas=" + minInsync);
        }
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot describe topics on " + bootstrapServers + ": " + e.getCause().getMessage(), e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within 30 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
