package dev.framewatch.app.cli;

import dev.framewatch.analytics.export.DocumentExport;
import dev.framewatch.analytics.export.ExportFormat;
import dev.framewatch.app.Framewatch;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.index.IndexInfo;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framewatch export --format parquet|csv|jsonl [--where Q] [--output FILE]}: one row per indexed document (id, kind,
 * source, venue, year, month, domain and its source, each method's frameworks, labels, metrics), for notebooks. Streams, so the
 * size of the index does not matter; progress on stderr, the data on stdout or in the file.
 */
@Command(name = "export", description = "Document-level facts of the index as Parquet, CSV or JSON Lines, for notebooks.")
public final class ExportCommand extends FramewatchCommand {
  @Option(names = "--format", required = true, paramLabel = "FORMAT", completionCandidates = Formats.class,
      description = "One of: ${COMPLETION-CANDIDATES}. CSV joins a list (a method's frameworks) with ';'.")
  String format;

  @Option(names = "--where", paramLabel = "LUCENE_QUERY",
      description = "Only documents matching this Lucene query (the same syntax and fields as share --where).")
  String where;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write here instead of stdout (required for parquet); an existing file is replaced.")
  Path output;

  @Override
  public Integer call() throws Exception {
    ExportFormat kind = ExportFormat.parse(format); // usage errors first, index or not
    DocumentExport export = new DocumentExport();
    export.query(where);
    if (kind == ExportFormat.PARQUET && output == null) {
      throw new IllegalArgumentException("--format parquet needs --output FILE (Parquet cannot stream to stdout)");
    }
    Settings settings = settings();
    IndexInfo info = IndexInfo.read(settings.indexDir());
    if (!info.exists()) {
      err().println("framewatch: the index in " + settings.indexDir() + " does not exist yet: nothing to export. "
          + "Load records with `framewatch import KIND FILE` (or `framewatch demo`), then run `framewatch index`.");
      return Framewatch.EXIT_FAILURE;
    }
    // Progress starts once the output is open and the total known: an unwritable --output prints its error alone.
    Progress[] progress = new Progress[1];
    DocumentExport.Result result;
    try {
      result = export.export(settings.indexDir(), where, kind, out(), output, -1, new DocumentExport.Listener() {
        @Override
        public void total(long documents) {
          progress[0] = new Progress("export", "documents", documents, err());
        }

        @Override
        public void done(long rows) {
          progress[0].advanceTo(rows);
        }
      });
    } finally {
      if (progress[0] != null) {
        progress[0].close();
      }
    }
    if (output != null) {
      err().println(String.format(Locale.ROOT, "%,d documents written to %s (%s)", result.rows(), output, kind.key()));
    }
    return Framewatch.EXIT_OK;
  }

  /** Completion candidates of {@code --format}. */
  static final class Formats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ExportFormat.values()).map(ExportFormat::key).iterator();
    }
  }
}
