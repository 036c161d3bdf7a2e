package dev.framewatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.TopicSetup;
import dev.framewatch.app.testing.Cli;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.RecordCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record over {@code kafka.max-record-bytes} (or over what an existing topic's {@code max.message.bytes} allows) is a rejected
 * line like any other: named on stderr, dead-lettered with an excerpt, and the import goes on and exits 0.
 */
class RecordSizeIT {
  private static final String GOOD_1 = "{\"id\":\"job:acme:1\",\"kind\":\"job\",\"source\":\"acme\",\"title\":\"ML engineer\","
      + "\"text\":\"PyTorch daily\",\"posted\":\"2024-03-01\"}";
  private static final String GOOD_3 = "{\"id\":\"job:acme:3\",\"kind\":\"job\",\"source\":\"acme\",\"title\":\"Researcher\","
      + "\"text\":\"JAX\",\"posted\":\"2024-03-03\"}";

  @TempDir Path dir;

  /** A job line whose text is {@code repeats} times "PyTorch " (8 characters each). */
  private static String bigLine(int repeats) {
    return "{\"id\":\"job:acme:2\",\"kind\":\"job\",\"source\":\"acme\",\"title\":\"Huge\",\"text\":\""
        + "PyTorch ".repeat(repeats) + "\",\"posted\":\"2024-03-02\"}";
  }

  /** A job line whose text is {@code chars} random base64 characters: lz4 cannot shrink it below its own size. */
  private static String randomLine(int chars) {
    java.util.Random random = new java.util.Random(11);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder text = new StringBuilder(chars);
    for (int i = 0; i < chars; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return "{\"id\":\"job:acme:2\",\"kind\":\"job\",\"source\":\"acme\",\"title\":\"Huge\",\"text\":\"" + text
        + "\",\"posted\":\"2024-03-02\"}";
  }

  /** What the record of {@code line} takes in Kafka: its key (the id) and its value (the contract JSON), in bytes. */
  private static int serializedBytes(String line) {
    return "job:acme:2".getBytes(StandardCharsets.UTF_8).length
        + RecordCodec.encodeBytes(RecordCodec.decode(line, Kind.JOB)).length;
  }

  @Test
  void aThirtyMegabyteLineIsDeadLetteredAndTheGoodLinesLoad() throws Exception {
    try (EmbeddedBroker.Handle kafka = EmbeddedBroker.startOrAttach(dir.resolve("kafka"), 60_000)) {
      Cli cli = new Cli(dir.resolve("data"), "--set", "kafka.bootstrap-servers=" + kafka.bootstrapServers());
      Path file = dir.resolve("jobs.jsonl");
      String big = bigLine(3_750_000); // 30,000,000 characters of text
      Files.writeString(file, GOOD_1 + "\n" + big + "\n" + GOOD_3 + "\n");
      assertEquals(30_000_095, big.length());
      assertEquals(30_000_105, serializedBytes(big)); // the line and the 10-byte key

      Cli.Result imported = cli.run("import", "job", file.toString());
      assertEquals(0, imported.exitCode(), imported.err());
      List<String> problems = imported.err().lines().filter(l -> l.startsWith(file.toString())).toList();
      assertEquals(List.of(file + ":2: record is 30000105 bytes, over the 1048576-byte limit"), problems);
      assertTrue(imported.out().contains("imported 2 job records"), imported.out());
      assertTrue(imported.out().contains("3 lines, 1 rejected"), imported.out());

      List<JsonNode> letters = deadLetters(kafka.bootstrapServers(), "framewatch.dead-letter");
      assertEquals(1, letters.size());
      JsonNode letter = letters.get(0);
      assertEquals("import:" + file + ":2", letter.get("origin").asText());
      assertEquals("record is 30000105 bytes, over the 1048576-byte limit", letter.get("reason").asText());
      assertEquals(65_536, letter.get("input").asText().length());
      assertEquals(big.substring(0, 65_536), letter.get("input").asText());
      assertEquals("2", letter.at("/context/line").asText());

      try (Admin admin = Admin.create(TopicSetup.adminConfig(kafka.bootstrapServers()))) {
        var topic = new org.apache.kafka.common.config.ConfigResource(
            org.apache.kafka.common.config.ConfigResource.Type.TOPIC, "framewatch.jobs");
        assertEquals("1052672", admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic)
            .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value()); // 1 MiB + 4,096 bytes of Kafka's framing
      }

      Cli.Result indexed = cli.run("index", "--until-caught-up");
      assertEquals(0, indexed.exitCode(), indexed.toString());
      JsonNode stats = Json.mapper().readTree(cli.run("stats", "--format", "json").out());
      assertEquals(2, stats.at("/index/documents").asLong());
      assertEquals(1, stats.at("/topics/dead-letter").asLong());
    }
  }

  @Test
  void anExistingTopicWithASmallerMaxMessageBytesSetsTheLimit() throws Exception {
    try (EmbeddedBroker.Handle kafka = EmbeddedBroker.startOrAttach(dir.resolve("kafka"), 60_000)) {
      try (Admin admin = Admin.create(TopicSetup.adminConfig(kafka.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("framewatch.jobs", 1, (short) 1).configs(Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "100000")))).all().get(30, TimeUnit.SECONDS);
      }
      Cli cli = new Cli(dir.resolve("data"), "--set", "kafka.bootstrap-servers=" + kafka.bootstrapServers());
      Path file = dir.resolve("jobs.jsonl");
      String fits = bigLine(11_000).replace("job:acme:2", "job:acme:4"); // 88,105 bytes: under 95,904
      // 120,105 bytes that do not compress: over 95,904 and over the topic's 100,000 (Kafka refused it before the limit),
      // under the setting's 1,048,576.
      String over = randomLine(120_000);
      Files.writeString(file, GOOD_1 + "\n" + over + "\n" + GOOD_3 + "\n" + fits + "\n");
      assertEquals(120_105, serializedBytes(over));

      Cli.Result imported = cli.run("import", "job", file.toString());
      assertEquals(0, imported.exitCode(), imported.err());
      List<String> problems = imported.err().lines().filter(l -> l.startsWith(file.toString())).toList();
      // 100,000 bytes of max.message.bytes less 4,096 of Kafka's batch framing.
      assertEquals(List.of(file + ":2: record is 120105 bytes, over the 95904-byte limit"), problems);
      assertTrue(imported.out().contains("imported 3 job records"), imported.out());

      List<JsonNode> letters = deadLetters(kafka.bootstrapServers(), "framewatch.dead-letter");
      assertEquals(1, letters.size());
      assertEquals("record is 120105 bytes, over the 95904-byte limit", letters.get(0).get("reason").asText());
      assertEquals(65_536, letters.get(0).get("input").asText().length()); // DeadLetter.MAX_INPUT

      assertEquals(0, cli.run("index", "--until-caught-up").exitCode());
      JsonNode stats = Json.mapper().readTree(cli.run("stats", "--format", "json").out());
      assertEquals(3, stats.at("/index/documents").asLong());
    }
  }

  @Test
  void theSettingReachesTheTopicsFramewatchCreatesAndTheEmbeddedBroker() throws Exception {
    Cli cli = new Cli(dir.resolve("data"), "--set", "kafka.max-record-bytes=2048");
    Path file = dir.resolve("jobs.jsonl");
    Files.writeString(file, GOOD_1 + "\n" + bigLine(300) + "\n");
    Cli.Result imported = cli.run("import", "job", file.toString());
    assertEquals(0, imported.exitCode(), imported.err());
    assertEquals(List.of(file + ":2: record is 2505 bytes, over the 2048-byte limit"),
        imported.err().lines().filter(l -> l.startsWith(file.toString())).toList());

    // The same storage again, as `run` with this setting would start it.
    try (EmbeddedBroker.Handle kafka = EmbeddedBroker.startOrAttach(dir.resolve("data").resolve("kafka"), 60_000,
        new dev.framewatch.ingest.kafka.RecordSizeLimit(2048));
        Admin admin = Admin.create(TopicSetup.adminConfig(kafka.bootstrapServers()))) {
      var topic = new org.apache.kafka.common.config.ConfigResource(org.apache.kafka.common.config.ConfigResource.Type.TOPIC,
          "framewatch.jobs");
      var broker = new org.apache.kafka.common.config.ConfigResource(
          org.apache.kafka.common.config.ConfigResource.Type.BROKER, "1");
      var configs = admin.describeConfigs(List.of(topic, broker)).all().get(30, TimeUnit.SECONDS);
      assertEquals("6144", configs.get(topic).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value()); // 2,048 + 4,096 framing
      assertEquals("6144", configs.get(broker).get("message.max.bytes").value());
    }
  }

  private static List<JsonNode> deadLetters(String bootstrap, String topic) throws Exception {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 << 20);
    List<JsonNode> out = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      TopicPartition tp = new TopicPartition(topic, 0);
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      long end = consumer.endOffsets(List.of(tp)).get(tp);
      long deadline = System.currentTimeMillis() + 30_000;
      while (consumer.position(tp) < end && System.currentTimeMillis() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          out.add(Json.mapper().readTree(r.value()));
        }
      }
    }
    return out;
  }
}
