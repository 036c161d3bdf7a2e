package dev.framewatch.dashboard.view;

import dev.framewatch.analytics.summary.Headline;
import dev.framewatch.analytics.summary.Headlines;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.api.ShareQuery;
import dev.framewatch.dashboard.web.QueryString;
import dev.framewatch.index.schema.Dimension;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A share view's headline numbers: per kind of evidence it counts, the latest period's PyTorch and TensorFlow shares with
 * intervals and change, and the coverage. They are counted by the very {@link ShareQuery#run} that answers {@code /api/share},
 * and {@link #api} is the {@code /api/share} URL that gives the same numbers (the browser test compares the two).
 *
 * @param where the filter counted with, the view's kind included (null: all documents)
 */
public record ViewHeadlines(List<Headline> headlines, String api, String where, String period) {
  public ViewHeadlines {
    headlines = List.copyOf(headlines);
  }

  public static ViewHeadlines of(ViewQuery q, DashboardData data) {
    ShareQuery share = new ShareQuery(List.of(Dimension.KIND, Dimension.parse(q.period())), q.where(), q.method(), List.of(),
        q.from(), q.to());
    if (q.view().kindClause() != null) {
      share = share.within(q.view().kindClause());
    }
    List<Headline> headlines = Headlines.of(share.run(data.shares()), Dimension.parse(q.period()), Headlines.FRAMEWORKS);
    Map<String, String> api = new TreeMap<>();
    api.put("by", "kind," + q.period());
    put(api, "where", share.where());
    put(api, "method", q.method());
    put(api, "from", q.from() == null ? null : q.from().toString());
    put(api, "to", q.to() == null ? null : q.to().toString());
    return new ViewHeadlines(headlines, QueryString.url("/api/share", api), share.effectiveWhere(), q.period());
  }

  /** The drill-down URL of the documents behind one headline number (framework null: all documents of the period). */
  public String drill(Headline h, String framework) {
    Map<String, String> p = new TreeMap<>();
    p.put("kind", h.kind());
    p.put(period, h.period());
    put(p, "where", where);
    put(p, "framework", framework);
    return QueryString.url("/documents", p);
  }

  private static void put(Map<String, String> m, String key, String value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
