package dev.framewatch.core.settings;

import com.typesafe.config.Config;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Typed, validated access to framewatch's configuration. Each accessor documents its key; the defaults live in
 * {@code config/framewatch.conf}, the only place they are written down.
 */
public final class Settings {
  private final Config config;

  Settings(Config config) {
    this.config = config;
  }

  /** Defaults only, as tests and tools start from. */
  public static Settings defaults() {
    return new SettingsLoader().load();
  }

  /** {@code data.dir}: where Kafka (embedded), the index, crawl state and reports live. */
  public Path dataDir() {
    return Path.of(config.getString("data.dir")).toAbsolutePath().normalize();
  }

  /** The folders under {@code data.dir}. */
  public DataDir dirs() {
    return DataDir.at(dataDir());
  }

  public Path kafkaDir() {
    return dirs().kafka();
  }

  public Path indexDir() {
    return dirs().index();
  }

  /** {@code kafka.bootstrap-servers}: empty means "start the embedded broker". */
  public String kafkaBootstrapServers() {
    return config.getString("kafka.bootstrap-servers").trim();
  }

  public boolean embeddedKafka() {
    return kafkaBootstrapServers().isEmpty();
  }

  /** {@code kafka.topic-prefix}, default {@code framewatch.}. */
  public String kafkaTopicPrefix() {
    return config.getString("kafka.topic-prefix");
  }

  /** {@code kafka.partitions}: partitions per record topic when framewatch creates them, default 1. */
  public int kafkaPartitions() {
    return config.getInt("kafka.partitions");
  }

  /** {@code kafka.replication-factor}: copies of each partition of the topics framewatch creates, default 1. */
  public short kafkaReplicationFactor() {
    return (short) config.getInt("kafka.replication-factor");
  }

  /** {@code kafka.min-insync-replicas}: the topics' {@code min.insync.replicas}, default 1; at most the replication factor. */
  public int kafkaMinInsyncReplicas() {
    return config.getInt("kafka.min-insync-replicas");
  }

  /** {@code kafka.max-record-bytes}: the most bytes one record (key + value) may take, default 1 MiB. */
  public int kafkaMaxRecordBytes() {
    return config.getInt("kafka.max-record-bytes");
  }

  /** {@code index.commit-every-records}, default 50,000. */
  public int indexCommitEveryRecords() {
    return config.getInt("index.commit-every-records");
  }

  /** {@code index.commit-interval-ms}, default 5,000. */
  public long indexCommitIntervalMs() {
    return config.getLong("index.commit-interval-ms");
  }

  /** {@code index.ram-buffer-mb}, default 64. */
  public double indexRamBufferMb() {
    return config.getDouble("index.ram-buffer-mb");
  }

  /**
   * {@code method.indexed}: methods counted alongside {@code method.default} in the same index, so {@code share --method}
   * can switch between them without a rebuild. Default {@code [default, horace-2019]}.
   */
  public java.util.List<String> indexedMethods() {
    return config.getStringList("method.indexed");
  }

  /** {@code report.schedule}: Quartz cron of the weekly report. */
  public String reportSchedule() {
    return config.getString("report.schedule");
  }

  /** {@code report.combined-weights}: kind (paper, job, repo, model) to its weight in the combined index. */
  public java.util.Map<String, Double> reportCombinedWeights() {
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    com.typesafe.config.Config c = config.getConfig("report.combined-weights");
    for (String kind : c.root().keySet()) {
      out.put(kind, c.getDouble(kind));
    }
    return out;
  }

  /** {@code method.default}: the counting method used when none is named. */
  public String defaultMethod() {
    return config.getString("method.default");
  }

  /** {@code http.user-agent}: sent with every request. */
  public String httpUserAgent() {
    return config.getString("http.user-agent");
  }

  /** {@code http.max-requests-per-second} per host, default 2. */
  public double httpMaxRequestsPerSecond() {
    return config.getDouble("http.max-requests-per-second");
  }

  /** {@code http.timeout-ms}, default 30,000. */
  public long httpTimeoutMs() {
    return config.getLong("http.timeout-ms");
  }

  /** {@code http.max-retries} for 429, 5xx and resets, default 5. */
  public int httpMaxRetries() {
    return config.getInt("http.max-retries");
  }

  /** {@code http.respect-robots-txt}, default true. */
  public boolean httpRespectRobots() {
    return config.getBoolean("http.respect-robots-txt");
  }

  /** {@code sources.<source>.base-url}. */
  public String sourceBaseUrl(String source) {
    return config.getString("sources." + source + ".base-url");
  }

  /** {@code sources.<source>.schedule}: a Quartz cron expression. */
  public String sourceSchedule(String source) {
    return config.getString("sources." + source + ".schedule");
  }

  /** {@code scheduler.*}: the schedules' job store, local H2 unless {@code scheduler.jdbc-url} names a shared one. */
  public SchedulerStore schedulerStore() {
    return new SchedulerStore(config.getString("scheduler.jdbc-url").trim(), config.getString("scheduler.jdbc-user"),
        config.getString("scheduler.jdbc-password"), config.getLong("scheduler.cluster-checkin-interval-ms"));
  }

  /** {@code dashboard.port}; 0 picks a free port. */
  public int dashboardPort() {
    return config.getInt("dashboard.port");
  }

  /** {@code dashboard.bind}, default 127.0.0.1. */
  public String dashboardBind() {
    return config.getString("dashboard.bind");
  }

  /** {@code dashboard.admin-token}: empty turns write actions off. */
  public String dashboardAdminToken() {
    return config.getString("dashboard.admin-token");
  }

  /** {@code classify.max-examples-per-class}: the most weak-label examples of one class a model trains on (default 20,000). */
  public int classifyMaxExamplesPerClass() {
    return config.getInt("classify.max-examples-per-class");
  }

  /** {@code classify.device}: auto, cpu or gpu. */
  public String classifyDevice() {
    return config.getString("classify.device");
  }

  /**
   * The keys under {@code sources.<source>}, by their names there (e.g. {@code repos}): each source reads its own options
   * from them, and checks them through {@link SettingsLoader#check}.
   */
  public Config source(String source) {
    return config.getConfig("sources." + source);
  }

  /** A copy with one key changed, e.g. the demo site's base URL once its port is known. */
  public Settings with(String key, Object value) {
    return new Settings(config.withValue(key, com.typesafe.config.ConfigValueFactory.fromAnyRef(value)));
  }

  /** Checks every key's type and range; throws one {@link SettingsException} listing every problem. */
  public void validate() {
    validate(List.of());
  }

  /**
   * Checks core's keys, the keys every source has ({@code base-url}, {@code schedule}), then runs {@code more} (a source's own
   * keys); throws one {@link SettingsException} listing every problem.
   */
  public void validate(List<? extends Consumer<SettingsProblems>> more) {
    SettingsProblems problems = new SettingsProblems(config);
    problems.check("data.dir", () -> config.getString("data.dir").isBlank() ? "must not be empty" : null);
    problems.check("kafka.topic-prefix",
        () -> kafkaTopicPrefix().matches("[A-Za-z0-9._-]*") ? null : "may only hold letters, digits, '.', '_' and '-'");
    problems.check("kafka.partitions", () -> kafkaPartitions() >= 1 ? null : "must be at least 1");
    problems.check("kafka.replication-factor", () -> {
      int rf = config.getInt("kafka.replication-factor");
      return rf >= 1 && rf <= Short.MAX_VALUE ? null : "must be between 1 and " + Short.MAX_VALUE + ", got " + rf;
    });
    problems.check("kafka.min-insync-replicas", () -> {
      int min = kafkaMinInsyncReplicas();
      if (min < 1) {
        return "must be at least 1, got " + min;
      }
      int rf;
      try {
        rf = config.getInt("kafka.replication-factor");
      } catch (com.typesafe.config.ConfigException e) {
        return null; // reported under kafka.replication-factor
      }
      return min <= rf ? null : "must not exceed kafka.replication-factor (" + rf + "), got " + min;
    });
    problems.check("kafka.max-record-bytes", () -> kafkaMaxRecordBytes() >= 1024 && kafkaMaxRecordBytes() <= 16 << 20 ? null
        : "must be between 1024 and 16777216 (16 MiB), got " + kafkaMaxRecordBytes());
    problems.check("index.commit-every-records", () -> indexCommitEveryRecords() >= 1 ? null : "must be at least 1");
    problems.check("index.commit-interval-ms", () -> indexCommitIntervalMs() >= 1 ? null : "must be at least 1");
    problems.check("index.ram-buffer-mb", () -> indexRamBufferMb() >= 1 ? null : "must be at least 1");
    problems.check("http.max-requests-per-second", () -> httpMaxRequestsPerSecond() > 0 ? null : "must be positive");
    problems.check("http.timeout-ms", () -> httpTimeoutMs() > 0 ? null : "must be positive");
    problems.check("http.max-retries", () -> httpMaxRetries() >= 0 ? null : "must not be negative");
    problems.check("http.user-agent", () -> httpUserAgent().isBlank() ? "must not be empty" : null);
    problems.check("dashboard.port",
        () -> dashboardPort() >= 0 && dashboardPort() <= 65535 ? null : "must be between 0 and 65535");
    problems.check("dashboard.bind", () -> dashboardBind().isBlank() ? "must not be empty" : null);
    problems.check("classify.device",
        () -> List.of("auto", "cpu", "gpu").contains(classifyDevice()) ? null : "must be auto, cpu or gpu");
    problems.check("classify.max-examples-per-class",
        () -> classifyMaxExamplesPerClass() >= 10 ? null : "must be at least 10");
    problems.check("scheduler.jdbc-url", () -> SchedulerStore.urlProblem(schedulerStore().jdbcUrl()));
    problems.check("scheduler.cluster-checkin-interval-ms",
        () -> schedulerStore().clusterCheckinIntervalMs() >= 100 ? null : "must be at least 100");
    problems.check("method.default", () -> defaultMethod().isBlank() ? "must not be empty" : null);
    problems.check("report.combined-weights", () -> {
      java.util.Map<String, Double> w = reportCombinedWeights();
      if (w.values().stream().anyMatch(v -> v < 0 || v.isNaN())) {
        return "weights must be 0 or more, got " + w;
      }
      return w.values().stream().mapToDouble(Double::doubleValue).sum() > 0 ? null : "at least one weight must be above 0";
    });
    // Every source has a base URL (empty: the real services) and a schedule; core knows no source by name.
    for (String source : new TreeSet<>(config.getObject("sources").keySet())) {
      String key = "sources." + source + ".base-url";
      problems.check(key, () -> {
        String url = sourceBaseUrl(source);
        if (url.isEmpty()) {
          return null;
        }
        try {
          URI uri = new URI(url);
          return uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null
              ? null : "must be an http(s) URL, got \"" + url + "\"";
        } catch (java.net.URISyntaxException e) {
          return "must be an http(s) URL, got \"" + url + "\"";
        }
      });
      problems.check("sources." + source + ".schedule",
          () -> sourceSchedule(source).isBlank() ? "must not be empty" : null);
    }
    more.forEach(check -> check.accept(problems));
    if (!problems.list().isEmpty()) {
      throw new SettingsException(problems.list());
    }
  }
}
