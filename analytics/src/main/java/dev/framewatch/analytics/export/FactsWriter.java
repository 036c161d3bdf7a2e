package dev.framewatch.analytics.export;

import dev.framewatch.index.export.FactColumn;
import dev.framewatch.index.export.FactRow;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/** Writes document rows in one format, row by row; close finishes the file (Parquet writes its footer then). */
public interface FactsWriter extends AutoCloseable {
  void write(FactRow row) throws IOException;

  @Override
  void close() throws IOException;

  /**
   * A writer of {@code format} for {@code columns}: CSV and JSONL to {@code out} (a file or stdout; closing the writer closes
   * it), Parquet only to {@code file} (its footer points back into the file, so it needs a seekable, named destination).
   */
  static FactsWriter open(ExportFormat format, List<FactColumn> columns, Writer out, Path file) throws IOException {
    return switch (format) {
      case CSV -> new CsvFactsWriter(columns, out);
      case JSONL -> new JsonlFactsWriter(columns, out);
      case PARQUET -> {
        if (file == null) {
          throw new IllegalArgumentException("--format parquet needs --output FILE (Parquet cannot stream to stdout)");
        }
        yield new ParquetFactsWriter(columns, file);
      }
    };
  }
}
