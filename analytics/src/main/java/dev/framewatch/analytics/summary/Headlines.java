package dev.framewatch.analytics.summary;

import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.stats.Wilson;
import dev.framewatch.analytics.trend.ShareTrends;
import dev.framewatch.analytics.trend.Trend;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import dev.framewatch.index.schema.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Headlines from share counts by kind and period. No counting of its own: every number is a row, a group total or a
 * {@link ShareTrends} change of the counts it is given, so a headline equals what {@code /api/share} shows for the same query.
 */
public final class Headlines {
  /** The frameworks a headline names: the comparison most readers come for. */
  public static final List<String> FRAMEWORKS = List.of("pytorch", "tensorflow");

  private Headlines() {}

  /**
   * One headline per kind with documents naming a framework, in the order the counts list the kinds.
   *
   * @param counts share counts by {@code kind} and {@code period} (other dimensions are not expected)
   */
  public static List<Headline> of(ShareCounts counts, Dimension period, List<String> frameworks) {
    if (!counts.by().contains(Dimension.KIND) || !counts.by().contains(period)) {
      throw new IllegalArgumentException("headlines need counts by kind and " + period.key() + ", not " + counts.by());
    }
    Map<String, ShareCounts.GroupTotal> latest = new LinkedHashMap<>();
    for (ShareCounts.GroupTotal g : counts.groups()) {
      String kind = g.group().get(Dimension.KIND.key());
      String p = g.group().get(period.key());
      if (kind == null || kind.isEmpty() || p == null || p.isEmpty() || g.documentsAnyFramework() == 0) {
        continue;
      }
      ShareCounts.GroupTotal seen = latest.get(kind);
      if (seen == null || p.compareTo(seen.group().get(period.key())) > 0) {
        latest.put(kind, g); // periods sort as text: 2019 < 2020, 2026-Q1 < 2026-Q2, 2026-W09 < 2026-W10
      }
    }
    List<Trend> trends = ShareTrends.changes(counts, period);
    List<Headline> out = new ArrayList<>();
    latest.forEach((kind, g) -> {
      String p = g.group().get(period.key());
      List<Headline.FrameworkShare> shares = new ArrayList<>();
      for (String fw : frameworks) {
        ShareRow row = counts.rows().stream().filter(r -> r.framework().equals(fw) && r.group().equals(g.group()))
            .findFirst().orElse(null);
        Trend change = trends.stream().filter(t -> t.framework().equals(fw) && kind.equals(t.series().get("kind"))
            && t.to().equals(p)).findFirst().orElse(null);
        shares.add(new Headline.FrameworkShare(fw, row == null ? 0 : row.count(),
            row == null ? Wilson.interval(0, g.documentsAnyFramework()) : ShareFormat.interval(row), change));
      }
      out.add(new Headline(kind, p, g.documents(), g.documentsAnyFramework(), shares));
    });
    return out;
  }
}
