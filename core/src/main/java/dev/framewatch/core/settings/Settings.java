package dev.framewatch.core.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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

  public Path kafkaDir() {
    return dataDir().resolve("kafka");
  }

  public Path indexDir() {
    return dataDir().resolve("index");
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

  /** {@code sources.github.token}, from {@code GITHUB_TOKEN}; never log it. */
  public String githubToken() {
    return config.getString("sources.github.token");
  }

  public List<String> githubRepos() {
    return config.getStringList("sources.github.repos");
  }

  /** {@code sources.huggingface.libraries}: one crawl per library filter; empty = all models. */
  public List<String> huggingfaceLibraries() {
    return config.getStringList("sources.huggingface.libraries");
  }

  /** {@code sources.huggingface.page-size}, default 1,000 (the hub's maximum). */
  public int huggingfacePageSize() {
    return config.getInt("sources.huggingface.page-size");
  }

  /** {@code sources.huggingface.max-models} per library; 0 = no limit. */
  public int huggingfaceMaxModels() {
    return config.getInt("sources.huggingface.max-models");
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

  /** {@code classify.device}: auto, cpu or gpu. */
  public String classifyDevice() {
    return config.getString("classify.device");
  }

  /** Any string under {@code sources.}, e.g. {@code sourceString("papers.arxiv.base-url")}; for per-API keys of a source. */
  public String sourceString(String path) {
    return config.getString("sources." + path);
  }

  /** Any list of strings under {@code sources.}, e.g. {@code sourceList("jobs.greenhouse.boards")}. */
  public List<String> sourceList(String path) {
    return config.getStringList("sources." + path);
  }

  /** Any integer under {@code sources.}, e.g. {@code sourceLong("papers.pdf.max-bytes")}. */
  public long sourceLong(String path) {
    return config.getLong("sources." + path);
  }

  /** A copy with one key changed, e.g. the demo site's base URL once its port is known. */
  public Settings with(String key, Object value) {
    return new Settings(config.withValue(key, com.typesafe.config.ConfigValueFactory.fromAnyRef(value)));
  }

  /** Checks every key's type and range; throws one {@link SettingsException} listing every problem. */
  public void validate() {
    List<String> problems = new ArrayList<>();
    check(problems, "data.dir", () -> config.getString("data.dir").isBlank() ? "must not be empty" : null);
    check(problems, "kafka.topic-prefix",
        () -> kafkaTopicPrefix().matches("[A-Za-z0-9._-]*") ? null : "may only hold letters, digits, '.', '_' and '-'");
    check(problems, "kafka.partitions", () -> kafkaPartitions() >= 1 ? null : "must be at least 1");
    check(problems, "index.commit-every-records", () -> indexCommitEveryRecords() >= 1 ? null : "must be at least 1");
    check(problems, "index.commit-interval-ms", () -> indexCommitIntervalMs() >= 1 ? null : "must be at least 1");
    check(problems, "index.ram-buffer-mb", () -> indexRamBufferMb() >= 1 ? null : "must be at least 1");
    check(problems, "http.max-requests-per-second", () -> httpMaxRequestsPerSecond() > 0 ? null : "must be positive");
    check(problems, "http.timeout-ms", () -> httpTimeoutMs() > 0 ? null : "must be positive");
    check(problems, "http.max-retries", () -> httpMaxRetries() >= 0 ? null : "must not be negative");
    check(problems, "http.user-agent", () -> httpUserAgent().isBlank() ? "must not be empty" : null);
    check(problems, "dashboard.port",
        () -> dashboardPort() >= 0 && dashboardPort() <= 65535 ? null : "must be between 0 and 65535");
    check(problems, "dashboard.bind", () -> dashboardBind().isBlank() ? "must not be empty" : null);
    check(problems, "classify.device",
        () -> List.of("auto", "cpu", "gpu").contains(classifyDevice()) ? null : "must be auto, cpu or gpu");
    check(problems, "method.default", () -> defaultMethod().isBlank() ? "must not be empty" : null);
    check(problems, "report.combined-weights", () -> {
      java.util.Map<String, Double> w = reportCombinedWeights();
      if (w.values().stream().anyMatch(v -> v < 0 || v.isNaN())) {
        return "weights must be 0 or more, got " + w;
      }
      return w.values().stream().mapToDouble(Double::doubleValue).sum() > 0 ? null : "at least one weight must be above 0";
    });
    check(problems, "sources.huggingface.page-size",
        () -> huggingfacePageSize() >= 1 && huggingfacePageSize() <= 1000 ? null : "must be between 1 and 1000");
    check(problems, "sources.huggingface.max-models", () -> huggingfaceMaxModels() >= 0 ? null : "must not be negative");
    check(problems, "sources.huggingface.libraries", () -> huggingfaceLibraries() == null ? "" : null);
    check(problems, "sources.github.repos", () -> githubRepos() == null ? "" : null);
    for (String source : List.of("papers", "jobs", "github", "huggingface")) {
      String key = "sources." + source + ".base-url";
      check(problems, key, () -> {
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
      check(problems, "sources." + source + ".schedule", () -> sourceSchedule(source).isBlank() ? "must not be empty" : null);
    }
    if (!problems.isEmpty()) {
      throw new SettingsException(problems);
    }
  }

  private void check(List<String> problems, String key, Supplier<String> rule) {
    try {
      String problem = rule.get();
      if (problem != null) {
        problems.add(key + ": " + problem);
      }
    } catch (ConfigException.WrongType e) {
      problems.add(key + ": " + wrongType(e, key));
    } catch (ConfigException e) {
      problems.add(key + ": " + e.getMessage());
    }
  }

  private String wrongType(ConfigException.WrongType e, String key) {
    String m = e.getMessage();
    int i = m.indexOf("rather than ");
    String expected = i >= 0 ? m.substring(i + "rather than ".length()).toLowerCase(java.util.Locale.ROOT) : "another type";
    Object given = config.hasPath(key) ? config.getValue(key).unwrapped() : null;
    return "expected a " + expected + ", got \"" + given + "\"";
  }
}
