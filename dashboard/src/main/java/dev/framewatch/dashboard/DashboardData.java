package dev.framewatch.dashboard;

import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.core.settings.DataDir;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.search.DocumentSearch;
import dev.framewatch.index.search.IndexMetricsSearch;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the dashboard reads from: the share service over the index (which also lends its reader, so a drill-down lists the
 * documents of the very commit that was counted), the drill-down search, the data dir (reports) and what the operator set.
 *
 * @param banner shown on every page, e.g. the demo's "DEMO DATA" notice; may be empty
 * @param adminToken the token write actions need; null or blank turns them off
 * @param actions write actions by name (e.g. {@code report}); each returns a one-line result
 * @param consumerLag records in Kafka the index has not consumed yet (null where no broker is reachable, as under
 *     {@code serve} on an index alone); read when {@code /metrics} is scraped, so it should cache what it asks the brokers
 */
public record DashboardData(
    IndexShareService shares,
    DocumentSearch search,
    Vocabulary vocabulary,
    Path dataDir,
    String banner,
    String adminToken,
    Map<String, Supplier<String>> actions,
    java.util.function.LongSupplier consumerLag) {

  /** Without a broker to measure the consumer lag against. */
  public DashboardData(IndexShareService shares, DocumentSearch search, Vocabulary vocabulary, Path dataDir, String banner,
      String adminToken, Map<String, Supplier<String>> actions) {
    this(shares, search, vocabulary, dataDir, banner, adminToken, actions, null);
  }

  public DashboardData {
    Objects.requireNonNull(shares, "shares");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(dataDir, "dataDir");
    banner = banner == null ? "" : banner;
    actions = Map.copyOf(actions);
  }

  public Path indexDir() {
    return DataDir.at(dataDir).index();
  }

  public Path reportsDir() {
    return DataDir.at(dataDir).reports();
  }

  /**
   * Names the commit the index is at: the generation directory and the reader version. Cached responses and ETags are keyed by
   * it, so a new commit (or a reindex switching generations) is never answered from a stale cache.
   */
  public String indexVersion() {
    return shares.withReader(r -> r == null ? "none" : IndexMetricsSearch.commitName(r));
  }
}
