package dev.framewatch.analytics.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: each column as wide as its widest cell (never narrower than its minimum, so a table keeps
 * its layout when the figures are small), text left-aligned, numbers right-aligned, trailing blanks stripped from every line.
 * Cells arrive already formatted; the table only lays them out.
 *
 * <pre>{@code
 * TextTable.builder().gap(2).left("kind").right("count").rule().build().render(rows)
 * }</pre>
 *
 * @param columns the columns, left to right
 * @param indent written before every line
 * @param header whether the column names are printed as the first line
 * @param rule whether a dashed line under the header underlines each column
 */
public record TextTable(List<Column> columns, String indent, boolean header, boolean rule) {
  public TextTable {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs a column");
    }
    if (rule && !header) {
      throw new IllegalArgumentException("a rule underlines the header: a table without one has none");
    }
  }

  public enum Align { LEFT, RIGHT }

  /**
   * @param name the header cell
   * @param minWidth the narrowest the column gets
   * @param gap blanks before the column (ignored for the first)
   */
  public record Column(String name, Align align, int minWidth, int gap) {
    public Column {
      if (minWidth < 0 || gap < 0) {
        throw new IllegalArgumentException("widths and gaps are never negative");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The table with these rows, one line each, every line ending in a newline. */
  public String render(List<List<String>> rows) {
    int[] width = widths(rows);
    StringBuilder sb = new StringBuilder();
    if (header) {
      line(sb, columns.stream().map(Column::name).toList(), width);
      if (rule) {
        line(sb, columns.stream().map(c -> "").toList(), width, '-');
      }
    }
    rows.forEach(r -> line(sb, r, width));
    return sb.toString();
  }

  private int[] widths(List<List<String>> rows) {
    int[] width = new int[columns.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = Math.max(columns.get(i).minWidth(), header ? columns.get(i).name().length() : 0);
    }
    for (List<String> row : rows) {
      if (row.size() != width.length) {
        throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + width.length + " columns");
      }
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    return width;
  }

  private void line(StringBuilder sb, List<String> cells, int[] width) {
    line(sb, cells, width, ' ');
  }

  /** One line; {@code fill} pads the cells (a rule is empty cells padded with dashes). */
  private void line(StringBuilder sb, List<String> cells, int[] width, char fill) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      Column c = columns.get(i);
      if (i > 0) {
        line.append(" ".repeat(c.gap()));
      }
      String cell = cells.get(i);
      String pad = String.valueOf(fill).repeat(width[i] - cell.length());
      line.append(c.align() == Align.RIGHT ? pad + cell : cell + pad);
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  /** Columns in order; {@link #gap(int)} sets the blanks before the columns added after it (1 until set). */
  public static final class Builder {
    private final List<Column> columns = new ArrayList<>();
    private int gap = 1;
    private String indent = "";
    private boolean header = true;
    private boolean rule;

    private Builder() {}

    public Builder gap(int blanks) {
      this.gap = blanks;
      return this;
    }

    public Builder left(String name) {
      return left(name, 0);
    }

    public Builder left(String name, int minWidth) {
      columns.add(new Column(name, Align.LEFT, minWidth, gap));
      return this;
    }

    public Builder right(String name) {
      return right(name, 0);
    }

    public Builder right(String name, int minWidth) {
      columns.add(new Column(name, Align.RIGHT, minWidth, gap));
      return this;
    }

    public Builder indent(String indent) {
      this.indent = indent;
      return this;
    }

    /** No header line: the column names only document the code. */
    public Builder withoutHeader() {
      this.header = false;
      return this;
    }

    /** A dashed line under the header, as wide as each column. */
    public Builder rule() {
      this.rule = true;
      return this;
    }

    public TextTable build() {
      return new TextTable(columns, indent, header, rule);
    }
  }
}
