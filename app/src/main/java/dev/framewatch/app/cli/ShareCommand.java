package dev.framewatch.app.cli;

import dev.framewatch.analytics.share.IndexShareService;
import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.share.WeightedShareFormat;
import dev.framewatch.analytics.share.WeightedShareService;
import dev.framewatch.analytics.share.Weighting;
import dev.framewatch.app.Framewatch;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.index.IndexInfo;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.query.WhereParser;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code framewatch share --by DIMS}: framework shares from the index. */
@Command(name = "share", description = "Share of each framework by the given dimensions.")
public final class ShareCommand extends FramewatchCommand {
  @Option(names = "--by", required = true, paramLabel = "DIMS", completionCandidates = Choices.Dimensions.class,
      description = "Comma-separated, any of: ${COMPLETION-CANDIDATES}.")
  String by;

  @Option(names = "--where", paramLabel = "LUCENE_QUERY", description = "Only documents matching this Lucene query.")
  String where;

  @Option(names = "--method", paramLabel = "NAME|FILE",
      description = "Counting method (default: the index's primary); one of those in method.indexed when it was built.")
  String method;

  @Option(names = "--weight", paramLabel = "WEIGHT", defaultValue = "none",
      description = "none (each document counts 1) or downloads (each Hugging Face model by its recorded downloads, beside "
          + "the plain count; intervals by bootstrap over models). Default: ${DEFAULT-VALUE}.")
  String weight;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", completionCandidates = Choices.ShareFormats.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    List<Dimension> dims = Dimension.parseList(by);
    ShareFormat.Kind kind = ShareFormat.Kind.parse(format);
    Weighting weighting = Weighting.parse("--weight", weight);
    new WhereParser().parse(where); // bad syntax or fields are a usage error even before there is an index to ask
    Settings settings = settings();
    IndexInfo info = IndexInfo.read(settings.indexDir());
    if (method != null) {
      MethodLoader.load(method); // an unknown method or a bad method file is a usage error, index or not
    }
    if (!info.exists() || info.documents() == 0) {
      if (kind == ShareFormat.Kind.JSON) {
        out().println(ShareFormat.json(new ShareCounts(dims, where, "none", "-", List.of(), 0, 0)));
      } else {
        out().println("The index in " + settings.indexDir() + " is empty: nothing to count yet. "
            + "Load records with `framewatch import KIND FILE` (or `framewatch demo`), then run `framewatch index`.");
      }
      return Framewatch.EXIT_OK;
    }
    try (IndexShareService service = new IndexShareService(settings.indexDir())) {
      if (weighting != Weighting.NONE) {
        out().print(WeightedShareFormat.render(new WeightedShareService(service).share(dims, where, method, weighting), kind));
        return Framewatch.EXIT_OK;
      }
      ShareCounts counts = service.share(dims, where, method);
      out().print(ShareFormat.render(counts, kind));
      return Framewatch.EXIT_OK;
    }
  }
}
