package dev.framewatch.analytics.export;

import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.export.DocumentFacts;
import dev.framewatch.index.query.WhereParser;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
   * Streams the matching documents of the index in {@code indexDir} to {@code file}, or when it is null (CSV and JSONL only)
   * to {@code stdout}, which is flushed but left open. A file is created before the index is read, so an unwritable path
   * fails at once, and is deleted again if the export fails half-way.
   *
   * @param limit the most rows to write, or a negative number for all
   */
  public Result export(Path indexDir, String where, ExportFormat format, Writer stdout, Path file, long limit,
      Listener listener) throws IOException {
    Query query = query(where);
    if (file == null && format == ExportFormat.PARQUET) {
      throw new IllegalArgumentException("--format parquet needs --output FILE (Parquet cannot stream to stdout)");
    }
    Writer text = file == null ? new KeptOpen(stdout) : null;
    if (file != null) {
      try {
        text = format == ExportFormat.PARQUET ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (text == null) {
          Files.write(file, new byte[0]); // the Parquet writer overwrites it; this only proves it can be written
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write --output " + file + ": " + reason(e), e);
      }
    }
    boolean done = false;
    try (DirectoryReader reader = IndexDirectory.openReader(indexDir)) {
      DocumentFacts facts = new DocumentFacts(reader);
      long matching = facts.count(query);
      listener.total(limit < 0 ? matching : Math.min(limit, matching));
      long rows;
      try (FactsWriter writer = FactsWriter.open(format, facts.columns(), text, file)) {
        rows = facts.forEach(query, limit, row -> {
          try {
            writer.write(row);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, listener::done);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      done = true;
      return new Result(rows, matching);
    } finally {
      if (!done && text != null) {
        text.close();
      }
      if (!done && file != null) {
        Files.deleteIfExists(file); // no half file a notebook would read as if it were whole
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Standard output: the writers close what they write to, but stdout must stay open for whatever comes after. */
  private static final class KeptOpen extends FilterWriter {
    KeptOpen(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
