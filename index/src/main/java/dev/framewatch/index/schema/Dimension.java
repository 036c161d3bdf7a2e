package dev.framewatch.index.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a share can be broken down by ({@code --by}); each is a keyword field of the index with doc values. */
public enum Dimension {
  VENUE, YEAR, QUARTER, MONTH, WEEK, DOMAIN, SOURCE, KIND, FRAMEWORK, COMBINATION, LIBRARY, TASK;

  /** The name used on the command line, in JSON output and as the index field. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Every dimension's key, in declaration order: the one list that the CLI's {@code --by} help and completion and the
   * dashboard's OpenAPI description show, so that neither can lag behind a new dimension.
   */
  public static List<String> keys() {
    return Arrays.stream(values()).map(Dimension::key).toList();
  }

  public static Dimension parse(String value) {
    for (Dimension d : values()) {
      if (d.key().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dimension '" + value + "' (expected one of "
        + String.join(", ", keys()) + ")");
  }

  /** Parses a comma-separated list such as {@code venue,year}; duplicates are an error. */
  public static List<Dimension> parseList(String csv) {
    if (csv == null || csv.isBlank()) {
      throw new IllegalArgumentException("--by needs at least one dimension");
    }
    List<Dimension> dims = Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(Dimension::parse).toList();
    if (dims.stream().distinct().count() != dims.size()) {
      throw new IllegalArgumentException("--by names a dimension twice: " + csv);
    }
    return dims;
  }
}
