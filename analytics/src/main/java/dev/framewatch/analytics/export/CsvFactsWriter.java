package dev.framewatch.analytics.export;

import dev.framewatch.analytics.text.CsvExport;
import dev.framewatch.index.export.FactColumn;
import dev.framewatch.index.export.FactRow;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Document rows as CSV through the project's {@link CsvExport} (RFC 4180, header line, formula guard on text cells). A list
 * cell (a method's frameworks) is its values joined by {@value #LIST_SEPARATOR}, since CSV has no arrays; an empty list and a
 * missing value are both an empty cell. Numbers are written as numbers, so every reader types them as such.
 */
final class CsvFactsWriter implements FactsWriter {
  static final String LIST_SEPARATOR = ";";

  private final List<FactColumn> columns;
  private final CsvExport.Rows csv;

  CsvFactsWriter(List<FactColumn> columns, Writer out) throws IOException {
    this.columns = columns;
    this.csv = CsvExport.open(out,
        columns.stream().map(FactColumn::name).toList());
  }

  @Override
  public void write(FactRow row) throws IOException {
    List<Object> cells = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      Object cell = row.get(i);
      cells.add(cell instanceof List<?> list ? (list.isEmpty() ? null : joined(list)) : cell);
    }
    csv.row(cells);
  }

  private static String joined(List<?> values) {
    return String.join(LIST_SEPARATOR, values.stream().map(String::valueOf).toList());
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
