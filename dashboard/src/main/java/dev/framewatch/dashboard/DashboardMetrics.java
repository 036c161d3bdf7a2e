package dev.framewatch.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.record.Kind;
import dev.framewatch.dashboard.api.CrawlLog;
import dev.framewatch.index.IndexInfo;
import dev.framewatch.index.search.IndexMetricsSearch;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * Pipeline figures for {@code /metrics}, read when Prometheus scrapes (at most once per second, however often it does): index
 * documents per kind, the age of the last commit (how far the dashboard is behind the indexer), the Kafka offsets the index has
 * consumed per topic (with the brokers' end offsets, the consumer lag), documents carrying a classifier label per task, and
 * each source's last crawl.
 */
final class DashboardMetrics {
  private static final long REFRESH_NANOS = 1_000_000_000L;
  static final List<String> SOURCES = List.of("papers", "jobs", "github", "huggingface");
  static final List<String> LABEL_TASKS = List.of("domain", "usage");

  private final DashboardData data;
  private final AtomicReference<Snapshot> last = new AtomicReference<>();

  /** What one scrape reads. */
  private record Snapshot(long at, IndexInfo info, Map<String, Long> labelled, Map<String, JsonNode> crawls) {}

  private DashboardMetrics(DashboardData data) {
    this.data = data;
  }

  static void bind(MeterRegistry registry, DashboardData data) {
    DashboardMetrics m = new DashboardMetrics(data);
    gauge(registry, "framewatch.index.documents", "live documents in the index", m, s -> s.info().documents(), null, null);
    for (Kind k : Kind.values()) {
      gauge(registry, "framewatch.index.documents.kind", "live documents per kind", m,
          s -> s.info().documentsByKind().getOrDefault(k.wireName(), 0L), "kind", k.wireName());
    }
    gauge(registry, "framewatch.index.commit.age.seconds", "seconds since the indexer's last commit", m, s -> {
      Instant last = s.info().lastCommit();
      return last == null ? Double.NaN : (System.currentTimeMillis() - last.toEpochMilli()) / 1000.0;
    }, null, null);
    for (String topic : List.of("papers", "jobs", "repos", "models", "stars", "labels")) {
      gauge(registry, "framewatch.index.consumed.offset", "Kafka offset the index has consumed up to, per topic", m,
          s -> s.info().offsets().entrySet().stream().filter(e -> e.getKey().endsWith(topic))
              .mapToLong(e -> e.getValue().values().stream().mapToLong(Long::longValue).sum()).sum(), "topic", topic);
    }
    if (data.consumerLag() != null) {
      Gauge.builder("framewatch.index.consumer.lag", data.consumerLag(), java.util.function.LongSupplier::getAsLong)
          .description("records in Kafka the index has not consumed yet").strongReference(true).register(registry);
    }
    for (String task : LABEL_TASKS) {
      gauge(registry, "framewatch.classify.labelled.documents", "documents with a classifier label, per task", m,
          s -> s.labelled().getOrDefault(task, 0L), "task", task);
    }
    for (String source : SOURCES) {
      gauge(registry, "framewatch.crawl.last.finished.age.seconds", "seconds since the source's last crawl finished", m,
          s -> crawl(s, source, c -> (System.currentTimeMillis()
              - Instant.parse(c.path("finished_at").asText()).toEpochMilli()) / 1000.0), "source", source);
      for (String figure : List.of("pages_fetched", "new_records", "failed_pages", "dead_letters")) {
        gauge(registry, "framewatch.crawl.last." + figure, "the source's last crawl: " + figure.replace('_', ' '), m,
            s -> crawl(s, source, c -> c.path(figure).asDouble()), "source", source);
      }
      gauge(registry, "framewatch.crawl.last.failed", "1 when the source's last crawl stopped with an error", m,
          s -> crawl(s, source, c -> c.path("error").isNull() ? 0 : 1), "source", source);
    }
  }

  private static double crawl(Snapshot s, String source, ToDoubleFunction<JsonNode> figure) {
    JsonNode c = s.crawls().get(source);
    return c == null ? Double.NaN : figure.applyAsDouble(c);
  }

  private static void gauge(MeterRegistry registry, String name, String description, DashboardMetrics m,
      ToDoubleFunction<Snapshot> value, String tag, String tagValue) {
    Gauge.Builder<DashboardMetrics> b = Gauge.builder(name, m, x -> value.applyAsDouble(x.snapshot()))
        .description(description).strongReference(true);
    if (tag != null) {
      b.tag(tag, tagValue);
    }
    b.register(registry);
  }

  private Snapshot snapshot() {
    Snapshot s = last.get();
    long now = System.nanoTime();
    if (s == null || now - s.at() > REFRESH_NANOS) {
      Map<String, JsonNode> crawls = new HashMap<>();
      CrawlLog.read(data.dataDir()).forEach(c -> crawls.put(c.path("source").asText(), c));
      s = new Snapshot(now, IndexInfo.read(data.indexDir()), labelled(), crawls);
      last.set(s);
    }
    return s;
  }

  private Map<String, Long> labelled() {
    return data.shares().withReader(r -> r == null ? Map.of() : IndexMetricsSearch.labelledDocuments(r, LABEL_TASKS));
  }
}
