package dev.framewatch.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
  @Test
  void defaultsAreValid() {
    Settings s = Settings.defaults();
    assertEquals("", s.kafkaBootstrapServers());
    assertEquals(true, s.embeddedKafka());
    assertEquals("framewatch.", s.kafkaTopicPrefix());
    assertEquals("127.0.0.1", s.dashboardBind());
    assertEquals("auto", s.classifyDevice());
    assertEquals(6, s.source("github").getStringList("repos").size());
  }

  @Test
  void layersApplyInOrder(@TempDir Path dir) throws Exception {
    Path conf = dir.resolve("my.conf");
    Files.writeString(conf, "dashboard.port = 9000\nkafka.topic-prefix = \"a.\"\n");
    Settings s = new SettingsLoader().profile("demo.conf").configFile(conf).dataDir(dir.resolve("d"))
        .setAll(List.of("kafka.topic-prefix=b.", "sources.github.repos=x/y, z/w")).load();
    assertEquals(9000, s.dashboardPort());
    assertEquals("b.", s.kafkaTopicPrefix());
    assertEquals(dir.resolve("d").toAbsolutePath(), s.dataDir());
    assertEquals(List.of("x/y", "z/w"), s.source("github").getStringList("repos"));
    assertEquals(1000.0, s.httpMaxRequestsPerSecond()); // from demo.conf
  }

  @Test
  void aListCanBeSetInHoconSyntaxAsInAConfigFile() {
    Settings s = new SettingsLoader().setAll(List.of("sources.github.repos=[\"x/y\", z/w]")).load();
    assertEquals(List.of("x/y", "z/w"), s.source("github").getStringList("repos"));
    assertEquals(List.of(), new SettingsLoader().setAll(List.of("sources.github.repos=[ ]")).load()
        .source("github").getStringList("repos"));
    SettingsException e = assertThrows(SettingsException.class,
        () -> new SettingsLoader().setAll(List.of("sources.github.repos=[x/y, \"z]")).load());
    assertEquals(1, e.problems().size());
    assertEquals(true, e.problems().get(0).startsWith("--set sources.github.repos=[x/y, \"z]: not a list (write a,b or [a, b])"),
        e.problems().get(0));
  }

  @Test
  void aKeyWhoseDefaultIsAnEnvironmentSubstitutionCanBeSet() {
    // sources.github.token = ${?GITHUB_TOKEN}: --set used to fail with "unresolved substitutions".
    Settings s = new SettingsLoader().setAll(List.of("sources.github.token=abc")).load();
    assertEquals("abc", s.source("github").getString("token"));
  }

  @Test
  void everyBadKeyIsReportedOnce() {
    SettingsException e = assertThrows(SettingsException.class, () -> new SettingsLoader()
        .setAll(List.of("dashboard.port=eighty", "kafka.partitions=0", "dashbord.port=1", "classify.device=tpu",
            "sources.github.base-url=ftp://x"))
        .load());
    assertEquals(List.of("dashbord.port: unknown configuration key (from --set)"), e.problems());
    SettingsException e2 = assertThrows(SettingsException.class, () -> new SettingsLoader()
        .setAll(List.of("dashboard.port=eighty", "kafka.partitions=0", "classify.device=tpu",
            "sources.github.base-url=ftp://x"))
        .load());
    assertEquals(List.of(
        "kafka.partitions: must be at least 1",
        "dashboard.port: expected a number, got \"eighty\"",
        "classify.device: must be auto, cpu or gpu",
        "sources.github.base-url: must be an http(s) URL, got \"ftp://x\""), e2.problems());
  }

  @Test
  void aCheckOfKeysCoreDoesNotOwnIsReportedWithCoresOwnNamingTheFullKey() {
    SettingsException e = assertThrows(SettingsException.class, () -> new SettingsLoader()
        .setAll(List.of("kafka.partitions=0", "sources.huggingface.page-size=lots", "sources.huggingface.max-models=-1"))
        .check(problems -> {
          SettingsProblems hub = problems.under("sources.huggingface");
          hub.check("page-size", () -> hub.config().getInt("page-size") > 0 ? null : "must be positive");
          hub.check("max-models", () -> hub.config().getInt("max-models") >= 0 ? null : "must not be negative");
        })
        .load());
    assertEquals(List.of(
        "kafka.partitions: must be at least 1",
        "sources.huggingface.page-size: expected a number, got \"lots\"",
        "sources.huggingface.max-models: must not be negative"), e.problems());
  }

  @Test
  void maxRecordBytesDefaultsToOneMebibyteAndIsBounded() {
    assertEquals(1_048_576, Settings.defaults().kafkaMaxRecordBytes());
    assertEquals(16_777_216,
        new SettingsLoader().setAll(List.of("kafka.max-record-bytes=16777216")).load().kafkaMaxRecordBytes());
    SettingsException low = assertThrows(SettingsException.class,
        () -> new SettingsLoader().setAll(List.of("kafka.max-record-bytes=1023")).load());
    assertEquals(List.of("kafka.max-record-bytes: must be between 1024 and 16777216 (16 MiB), got 1023"), low.problems());
    SettingsException high = assertThrows(SettingsException.class,
        () -> new SettingsLoader().setAll(List.of("kafka.max-record-bytes=16777217")).load());
    assertEquals(List.of("kafka.max-record-bytes: must be between 1024 and 16777216 (16 MiB), got 16777217"),
        high.problems());
  }

  @Test
  void setWithoutEqualsIsAUsageError() {
    SettingsException e = assertThrows(SettingsException.class, () -> new SettingsLoader().setAll(List.of("data.dir")));
    assertEquals(List.of("--set 'data.dir': expected key=value"), e.problems());
  }

  @Test
  void missingConfigFileIsNamed(@TempDir Path dir) {
    SettingsException e = assertThrows(SettingsException.class,
        () -> new SettingsLoader().configFile(dir.resolve("nope.conf")).load());
    assertEquals("--config " + dir.resolve("nope.conf") + ": no such file", e.getMessage());
  }
}
