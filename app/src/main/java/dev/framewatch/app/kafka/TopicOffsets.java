package dev.framewatch.app.kafka;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/** Start and end offsets of topics, read with the admin client: what {@code stats} reports and lag is measured against. */
public final class TopicOffsets {
  /** One partition's range; {@code end - start} is the number of offsets held (compaction may leave fewer live records). */
  public record Range(long start, long end) {
    public long records() {
      return end - start;
    }
  }

  private TopicOffsets() {}

  /** Ranges per topic and partition; topics that do not exist are left out. */
  public static Map<String, Map<Integer, Range>> read(String bootstrapServers, List<String> topicNames) {
    try (Admin admin = Admin.create(TopicSetup.adminConfig(bootstrapServers))) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<String> present = topicNames.stream().filter(existing::contains).toList();
      Map<String, TopicDescription> described = admin.describeTopics(present).allTopicNames().get(30, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (TopicDescription d : described.values()) {
        d.partitions().forEach(p -> {
          earliest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.earliest());
          latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest());
        });
      }
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts = admin.listOffsets(earliest).all().get(30,
          TimeUnit.SECONDS);
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(30,
          TimeUnit.SECONDS);
      Map<String, Map<Integer, Range>> out = new LinkedHashMap<>();
      for (String topic : present) {
        Map<Integer, Range> parts = new LinkedHashMap<>();
        for (var p : described.get(topic).partitions()) {
          TopicPartition tp = new TopicPartition(topic, p.partition());
          parts.put(p.partition(), new Range(starts.get(tp).offset(), ends.get(tp).offset()));
        }
        out.put(topic, parts);
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read offsets from Kafka at " + bootstrapServers + ": "
          + e.getCause().getMessage(), e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within 30 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
