package dev.framewatch.analytics.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats of a document export. */
public enum ExportFormat {
  CSV,
  JSONL,
  PARQUET;

  /** The format's name as the command line takes it. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code csv}, {@code jsonl} or {@code parquet}, any case; anything else names itself and the choices. */
  public static ExportFormat parse(String text) {
    for (ExportFormat f : values()) {
      if (f.key().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + text + "' (formats: "
        + Arrays.stream(values()).map(ExportFormat::key).collect(Collectors.joining(", ")) + ")");
  }
}
