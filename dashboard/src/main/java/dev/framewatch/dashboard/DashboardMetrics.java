package dev.framewatch.dashboard;

import dev.framewatch.core.record.Kind;
import dev.framewatch.index.IndexInfo;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Index figures for {@code /metrics}: documents per kind and the age of the last commit (how far behind the crawl the dashboard
 * is). Read from the commit at most once per second, however often Prometheus scrapes.
 */
final class DashboardMetrics {
  private static final long REFRESH_NANOS = 1_000_000_000L;

  private final DashboardData data;
  private final AtomicReference<Snapshot> last = new AtomicReference<>();

  private record Snapshot(long at, IndexInfo info) {}

  private DashboardMetrics(DashboardData data) {
    this.data = data;
  }

  static void bind(MeterRegistry registry, DashboardData data) {
    DashboardMetrics m = new DashboardMetrics(data);
    Gauge.builder("framewatch.index.documents", m, x -> x.info().documents()).description("live documents in the index").strongReference(true)
        .register(registry);
    for (Kind k : Kind.values()) {
      Gauge.builder("framewatch.index.documents.kind", m, x -> x.info().documentsByKind().getOrDefault(k.wireName(), 0L))
          .tag("kind", k.wireName()).strongReference(true).register(registry);
    }
    Gauge.builder("framewatch.index.commit.age", m, x -> {
      Instant last = x.info().lastCommit();
      return last == null ? Double.NaN : (System.currentTimeMillis() - last.toEpochMilli()) / 1000.0;
    }).baseUnit("seconds").description("seconds since the indexer's last commit").strongReference(true)
        .register(registry);
  }

  private IndexInfo info() {
    Snapshot s = last.get();
    long now = System.nanoTime();
    if (s == null || now - s.at() > REFRESH_NANOS) {
      s = new Snapshot(now, IndexInfo.read(data.indexDir()));
      last.set(s);
    }
    return s.info();
  }
}
