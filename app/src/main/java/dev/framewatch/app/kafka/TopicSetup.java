package dev.framewatch.app.kafka;

import dev.framewatch.core.record.Topics;
import dev.framewatch.ingest.kafka.RecordSizeLimit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates framewatch's topics when they are missing: record topics and {@code labels} log-compacted (the newest version of each
 * id is kept, so the index can always be rebuilt), {@code dead-letter} with time retention.
 */
public final class TopicSetup {
  private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

  private TopicSetup() {}

  public static Map<String, Object> adminConfig(String bootstrapServers) {
    Map<String, Object> c = new HashMap<>();
    c.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    c.put(AdminClientConfig.CLIENT_ID_CONFIG, "framewatch-admin");
    c.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    return c;
  }

  /** The topics framewatch needs and their settings: one replica each, at the default record size limit. */
  public static List<NewTopic> required(Topics topics, int partitions) {
    return required(topics, partitions, TopicReplication.SINGLE, RecordSizeLimit.DEFAULT);
  }

  /** The topics framewatch needs, each with {@code replication}'s factor and {@code min.insync.replicas}. */
  public static List<NewTopic> required(Topics topics, int partitions, TopicReplication replication) {
    return required(topics, partitions, replication, RecordSizeLimit.DEFAULT);
  }

  /** The topics framewatch needs, one replica each; {@code max.message.bytes} lets every record under {@code limit} in. */
  public static List<NewTopic> required(Topics topics, int partitions, RecordSizeLimit limit) {
    return required(topics, partitions, TopicReplication.SINGLE, limit);
  }

  /**
   * The topics framewatch needs: each with {@code replication}'s factor and {@code min.insync.replicas}, and a
   * {@code max.message.bytes} that lets every record under {@code limit} in.
   */
  public static List<NewTopic> required(Topics topics, int partitions, TopicReplication replication, RecordSizeLimit limit) {
    List<NewTopic> out = new ArrayList<>();
    String minInsync = Integer.toString(replication.minInsync());
    String maxMessage = Integer.toString(limit.kafkaBytes());
    for (String name : topics.indexed()) {
      out.add(new NewTopic(name, partitions, replication.factor()).configs(Map.of(
          TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
          TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync,
          TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessage)));
    }
    // Adoption measurements: the newest value per signal, framework and month.
    out.add(new NewTopic(topics.adoption(), partitions, replication.factor()).configs(Map.of(
        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync,
        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessage)));
    // Crawl state: validators, cursors and marks of every source, the newest entry per key (any worker resumes from it).
    out.add(new NewTopic(topics.crawlState(), 1, replication.factor()).configs(Map.of(
        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync)));
    out.add(new NewTopic(topics.deadLetter(), 1, replication.factor()).configs(Map.of(
        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
        TopicConfig.RETENTION_MS_CONFIG, Long.toString(TimeUnit.DAYS.toMillis(90)),
        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync,
        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessage)));
    return out;
  }

  /** Creates the missing topics with one replica each, at the default record size limit; returns the names it created. */
  public static List<String> ensure(String bootstrapServers, Topics topics, int partitions) {
    return ensure(bootstrapServers, topics, partitions, TopicReplication.SINGLE, RecordSizeLimit.DEFAULT);
  }

  public static List<String> ensure(String bootstrapServers, Topics topics, int partitions, TopicReplication replication) {
    return ensure(bootstrapServers, topics, partitions, replication, RecordSizeLimit.DEFAULT);
  }

  public static List<String> ensure(String bootstrapServers, Topics topics, int partitions, RecordSizeLimit limit) {
    return ensure(bootstrapServers, topics, partitions, TopicReplication.SINGLE, limit);
  }

  /**
   * Creates the missing topics; returns the names it created. An existing topic whose replication differs from
   * {@code replication} is logged as a warning (see {@link TopicReplication#mismatches}) and left as it is.
   */
  public static List<String> ensure(String bootstrapServers, Topics topics, int partitions, TopicReplication replication,
      RecordSizeLimit limit) {
    try (Admin admin = Admin.create(adminConfig(bootstrapServers))) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> wanted = required(topics, partitions, replication, limit);
      replication.mismatches(admin, wanted.stream().map(NewTopic::name).filter(existing::contains).toList(),
          bootstrapServers).forEach(LOG::warn);
      List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
      }
      return missing.stream().map(NewTopic::name).toList();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) {
        return List.of(); // another process created them first
      }
      throw new IllegalStateException("cannot create topics on " + bootstrapServers + ": " + e.getCause().getMessage(), e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within 30 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
