package dev.framewatch.index.export;

import java.util.Collections;
import java.util.List;

/**
 * One document's facts, one cell per {@link FactColumn} in the same order: {@code String}, {@code Integer}, {@code Long} (or
 * null) and {@code List<String>} (never null) as the column's type says.
 */
public record FactRow(List<Object> cells) {
  public FactRow {
    // Not List.copyOf: cells may be null, which that refuses.
    cells = Collections.unmodifiableList(cells);
  }

  public Object get(int column) {
    return cells.get(column);
  }
}
