package dev.framewatch.app.cli;

import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.trend.CombinedIndex;
import dev.framewatch.analytics.trend.ShareTrends;
import dev.framewatch.analytics.trend.TrendFormat;
import dev.framewatch.app.Framewatch;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.query.WhereParser;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framewatch trend --period year}: each framework's period-over-period change of share with its interval, per kind of
 * evidence and overall, and the combined index across kinds with its stated weights.
 */
@Command(name = "trend", description = "Period-over-period change of each framework's share, per kind and overall, "
    + "and the combined index across kinds.")
public final class TrendCommand extends FramewatchCommand {
  @Option(names = "--period", defaultValue = "year", paramLabel = "PERIOD", completionCandidates = Choices.Periods.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String period;

  @Option(names = "--where", paramLabel = "LUCENE_QUERY", description = "Only documents matching this Lucene query.")
  String where;

  @Option(names = "--method", paramLabel = "NAME|FILE", description = "Counting method (default: the index's primary).")
  String method;

  @Option(names = "--frameworks", paramLabel = "LIST", split = ",",
      description = "Only these frameworks in the output, e.g. pytorch,tensorflow (default: all).")
  List<String> frameworks;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", completionCandidates = Choices.ShareFormats.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    Dimension p = Dimension.parse(period);
    if (!ShareTrends.PERIODS.contains(p)) {
      throw new IllegalArgumentException("--period '" + period + "': expected year, quarter, month or week");
    }
    ShareFormat.Kind kind = ShareFormat.Kind.parse(format);
    new WhereParser().parse(where);
    if (method != null) {
      MethodLoader.load(method);
    }
    Settings settings = settings();
    try (IndexShareService shares = new IndexShareService(settings.indexDir())) {
      ShareCounts byKind = shares.share(List.of(Dimension.KIND, p), where, method);
      ShareCounts overall = shares.share(List.of(p), where, method);
      List<CombinedIndex.Point> combined = new ArrayList<>();
      if (!byKind.rows().isEmpty()) {
        combined.addAll(CombinedIndex.compute(byKind, p, settings.reportCombinedWeights()));
      }
      TrendFormat.Trends trends = new TrendFormat.Trends(byKind.methodName() + " " + byKind.methodVersion(), p.key(),
          byKind.rows().isEmpty() ? List.of() : ShareTrends.changes(byKind, p),
          overall.rows().isEmpty() ? List.of() : ShareTrends.changes(overall, p), combined,
          settings.reportCombinedWeights());
      if (frameworks != null && !frameworks.isEmpty()) {
        trends = new TrendFormat.Trends(trends.method(), trends.period(),
            trends.bySeries().stream().filter(x -> frameworks.contains(x.framework())).toList(),
            trends.overall().stream().filter(x -> frameworks.contains(x.framework())).toList(),
            trends.combined().stream().filter(x -> frameworks.contains(x.framework())).toList(), trends.weights());
      }
      out().print(TrendFormat.render(trends, kind));
      return Framewatch.EXIT_OK;
    }
  }
}
