package dev.framewatch.app.kafka;

import dev.framewatch.core.record.Topics;
import dev.framewatch.ingest.kafka.RecordSizeLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record size limit that holds on the cluster: {@code kafka.max-record-bytes}, unless a topic framewatch publishes to
 * allows less. Topics framewatch creates carry the setting, but one created before (by an older framewatch with other settings,
 * or by an operator with the cluster's default of about 1 MB) keeps its own {@code max.message.bytes}, and that one decides
 * what Kafka accepts: the smaller limit is used, and said so in a log line.
 */
public final class TopicLimits {
  private static final Logger LOG = LoggerFactory.getLogger(TopicLimits.class);

  private TopicLimits() {}

  /** Reads every framewatch topic's {@code max.message.bytes} (topics that do not exist are skipped). */
  public static RecordSizeLimit read(String bootstrapServers, Topics topics, RecordSizeLimit configured) {
    List<ConfigResource> resources = new ArrayList<>();
    for (String name : topics.indexed()) {
      resources.add(new ConfigResource(ConfigResource.Type.TOPIC, name));
    }
    resources.add(new ConfigResource(ConfigResource.Type.TOPIC, topics.deadLetter()));
    RecordSizeLimit limit = configured;
    try (Admin admin = Admin.create(TopicSetup.adminConfig(bootstrapServers))) {
      for (Map.Entry<ConfigResource, org.apache.kafka.common.KafkaFuture<Config>> e
          : admin.describeConfigs(resources).values().entrySet()) {
        Config config;
        try {
          config = e.getValue().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException ex) {
          if (ex.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
            continue; // not created yet: it will be created with the setting
          }
          throw new IllegalStateException("cannot read the settings of topic " + e.getKey().name() + " on "
              + bootstrapServers + ": " + ex.getCause().getMessage(), ex);
        }
        ConfigEntry entry = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
        if (entry == null || entry.value() == null) {
          continue;
        }
        int maxMessageBytes = Integer.parseInt(entry.value());
        RecordSizeLimit topicLimit = RecordSizeLimit.ofMaxMessageBytes(maxMessageBytes);
        if (topicLimit.bytes() < limit.bytes()) {
          LOG.warn("topic {} allows messages of at most {} bytes (max.message.bytes): records are limited to {} bytes, "
              + "below kafka.max-record-bytes = {}", e.getKey().name(), maxMessageBytes, topicLimit.bytes(), configured.bytes());
          limit = topicLimit;
        }
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within 30 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return limit;
  }
}
