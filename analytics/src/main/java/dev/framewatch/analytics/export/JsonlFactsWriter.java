package dev.framewatch.analytics.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.framewatch.index.export.FactColumn;
import dev.framewatch.index.export.FactRow;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Document rows as JSON Lines: one object per line, every column as a key (a missing value is {@code null}), lists as arrays,
 * counts as numbers. {@code pandas.read_json(lines=True)}, {@code polars.read_ndjson}, DuckDB's {@code read_json} and R's
 * {@code jsonlite::stream_in} read it as it is.
 */
final class JsonlFactsWriter implements FactsWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final List<FactColumn> columns;
  private final JsonGenerator json;
  private long rows;

  JsonlFactsWriter(List<FactColumn> columns, Writer out) throws IOException {
    this.columns = columns;
    this.json = FACTORY.createGenerator(out);
    // Root values separated by a newline, not a space: one object per line.
    json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
  }

  @Override
  public void write(FactRow row) throws IOException {
    json.writeStartObject();
    for (int i = 0; i < columns.size(); i++) {
      json.writeFieldName(columns.get(i).name());
      Object cell = row.get(i);
      if (cell == null) {
        json.writeNull();
      } else if (cell instanceof String s) {
        json.writeString(s);
      } else if (cell instanceof Integer n) {
        json.writeNumber(n);
      } else if (cell instanceof Long n) {
        json.writeNumber(n);
      } else if (cell instanceof List<?> list) {
        json.writeStartArray();
        for (Object v : list) {
          json.writeString(String.valueOf(v));
        }
        json.writeEndArray();
      } else {
        throw new IllegalArgumentException("no JSON for a " + cell.getClass().getSimpleName() + " cell");
      }
    }
    json.writeEndObject();
    rows++;
  }

  @Override
  public void close() throws IOException {
    if (rows > 0) {
      json.writeRaw('\n'); // the last line ends like the others; no rows, an empty file
    }
    json.close();
  }
}
