package dev.framewatch.dashboard.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.share.WeightedShareFormat;
import dev.framewatch.analytics.share.WeightedShareService;
import dev.framewatch.analytics.share.Weighting;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.web.BadParameter;
import dev.framewatch.index.query.InvalidWhereException;
import dev.framewatch.index.weight.WeightedShares;

/**
 * {@code /api/share?weight=downloads} and {@code /api/models?weight=downloads}: the CLI's {@code share --weight downloads
 * --format json} (weighted shares beside the plain counts, {@code "interval": "bootstrap-1000"}), with the data freshness.
 */
final class WeightedShareApi {
  private WeightedShareApi() {}

  static String json(ShareQuery q, Weighting weighting, DashboardData data) {
    WeightedShares s;
    try {
      s = new WeightedShareService(data.shares()).share(q.by(), q.effectiveWhere(), q.method(), weighting);
    } catch (InvalidWhereException e) {
      throw new BadParameter("where", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new BadParameter(q.method() != null ? "method" : "where", e.getMessage());
    }
    if (!q.frameworks().isEmpty()) {
      s = new WeightedShares(s.by(), s.where(), s.methodName(), s.methodVersion(), s.weightField(), s.resamples(),
          s.rows().stream().filter(r -> q.frameworks().contains(r.framework())).toList(), s.matchingDocuments(),
          s.matchingDocumentsAnyFramework(), s.totalWeight(), s.totalWeightAnyFramework());
    }
    ObjectNode root = WeightedShareFormat.jsonTree(s);
    return ApiResponses.withFreshness(root, data);
  }
}
