package dev.framewatch.index.export;

/**
 * One column of a document export: its name in the file, its type and the index field it is read from.
 *
 * @param name the column name as written (header, JSON key, Parquet field)
 * @param type what a cell holds
 * @param field the index field behind it (keyword doc values for text and lists, numeric doc values for counts)
 */
public record FactColumn(String name, Type type, String field) {
  /** Cell types; every export format maps each to its own typed representation. */
  public enum Type {
    /** A {@code String}, or null when the document has no value. */
    TEXT,
    /** An {@code Integer} (year, month), or null. */
    INT,
    /** A {@code Long} (stars, downloads, ...), or null when the document's kind has no such metric. */
    LONG,
    /** A {@code List<String>}, empty when the document has no value (never null). */
    TEXT_LIST
  }
}
