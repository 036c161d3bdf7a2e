package dev.framewatch.analytics.export;

import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.export.DocumentFacts;
import dev.framewatch.index.query.WhereParser;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.Query;

/**
 * Exports the document-level facts of an index ({@link DocumentFacts}) in one {@link ExportFormat}: the seam behind
 * {@code framewatch export}, and the one a dashboard endpoint would call (with a row limit). {@code where} is parsed by the
 * same {@link WhereParser} as {@code share}, so a filter selects the same documents in both.
 */
public final class DocumentExport {
  /**
   * What an export did.
   *
   * @param rows rows written
   * @param matching documents the filter matched (more than rows when a limit cut the export)
   */
  public record Result(long rows, long matching) {}

  /** How the export reports itself: told the total first, then rows done as they go. */
  public interface Listener {
    Listener NONE = new Listener() {};

    default void total(long documents) {}

    default void done(long rows) {}
  }

  private final WhereParser whereParser;

  public DocumentExport() {
    this(Vocabulary.standard());
  }

  public DocumentExport(Vocabulary vocabulary) {
    this.whereParser = new WhereParser(vocabulary);
  }

  /** Parses {@code where} without touching an index: a bad filter is a usage error before any file is opened. */
  public Query query(String where) {
    return whereParser.parse(where);
  }

  /**
   * Streams the matching documents of the index in {@code indexDir} into {@code out} (CSV, JSONL) or {@code file} (Parquet).
   *
   * @param limit the most rows to write, or a negative number for all
   */
  public Result export(Path indexDir, String where, ExportFormat format, OutputStream out, Path file, long limit,
      Listener listener) throws IOException {
    Query query = query(where);
    try (DirectoryReader reader = IndexDirectory.openReader(indexDir)) {
      DocumentFacts facts = new DocumentFacts(reader);
      long matching = facts.count(query);
      listener.total(limit < 0 ? matching : Math.min(limit, matching));
      try (FactsWriter writer = FactsWriter.open(format, facts.columns(), out, file)) {
        LongConsumer progress = listener::done;
        long rows = facts.forEach(query, limit, row -> {
          try {
            writer.write(row);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }, progress);
        return new Result(rows, matching);
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
