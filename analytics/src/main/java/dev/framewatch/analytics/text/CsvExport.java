package dev.framewatch.analytics.text;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * The one CSV writer of every export (share, trend, report tables, dashboard charts), on jackson-dataformat-csv: a header line,
 * then one line per row, {@code \n} after each, cells quoted per RFC 4180 only when they hold a comma, a quote or a line break.
 *
 * <p>Cells are typed by their Java type. A {@link String} is text: crawled names and where-clauses end up in spreadsheets,
 * where a cell starting with {@code = + - @} (or a tab or carriage return) would run as a formula, so such a cell gets a
 * leading {@code '} (OWASP's advice for CSV injection), the same in every export. A {@link Long}, {@link Integer} or
 * {@link BigDecimal} is a number and written as it is, so a negative share change stays {@code -0.154207}. {@code null} is an
 * empty cell.
 */
public final class CsvExport {
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING) // quote only what needs it, not every cell with a blank
      .build();
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvExport() {}

  /** The CSV text of a header and its rows; each row has one cell per header name. */
  public static String write(List<String> header, List<? extends List<?>> rows) {
    StringWriter out = new StringWriter();
    try (Rows csv = open(out, header)) {
      for (List<?> row : rows) {
        csv.row(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /**
   * A CSV written row by row to {@code out} (the header first), for exports too large to hold as one string; cells as
   * {@link #write}. Closing it closes {@code out}.
   */
  public static Rows open(Writer out, List<String> header) throws IOException {
    CsvGenerator gen = FACTORY.createGenerator(out);
    gen.setSchema(CsvSchema.emptySchema());
    line(gen, header);
    return new Rows(gen, header.size());
  }

  /** An open CSV: {@link #row} per line, then close. */
  public static final class Rows implements Closeable {
    private final CsvGenerator gen;
    private final int columns;

    private Rows(CsvGenerator gen, int columns) {
      this.gen = gen;
      this.columns = columns;
    }

    public void row(List<?> cells) throws IOException {
      if (cells.size() != columns) {
        throw new IllegalArgumentException("a row of " + cells.size() + " cells under " + columns + " columns");
      }
      line(gen, cells);
    }

    @Override
    public void close() throws IOException {
      gen.close();
    }
  }

  /**
   * A text cell as it is safe to open in a spreadsheet: {@code '} before a leading {@code = + - @}, tab or carriage return. A
   * lone character cannot be a formula, so the tables' "-" for "none" stays as it is.
   */
  public static String neutralise(String text) {
    if (text.length() > 1 && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static void line(CsvGenerator gen, List<?> cells) throws IOException {
    gen.writeStartArray();
    for (Object cell : cells) {
      if (cell == null) {
        gen.writeString("");
      } else if (cell instanceof String text) {
        gen.writeString(neutralise(text));
      } else if (cell instanceof BigDecimal d) {
        gen.writeNumber(d.toPlainString());
      } else if (cell instanceof Long || cell instanceof Integer) {
        gen.writeNumber(cell.toString());
      } else {
        throw new IllegalArgumentException("a CSV cell is text, a whole number or a BigDecimal, not " + cell.getClass());
      }
    }
    gen.writeEndArray();
  }
}
