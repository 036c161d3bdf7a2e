package dev.framewatch.analytics.share;

import java.util.Locale;

/**
 * What each document counts by in a share: {@code none} (each counts 1, the plain share) or {@code downloads} (each Hugging
 * Face model by its downloads as recorded: the hub's last-30-days figure at crawl time).
 */
public enum Weighting {
  NONE, DOWNLOADS;

  /** The name on the command line and in the API. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The index metric it weighs by; null for {@link #NONE}. */
  public String field() {
    return this == DOWNLOADS ? "downloads" : null;
  }

  /** {@code none} or {@code downloads}; null or blank is {@code none}. */
  public static Weighting parse(String option, String value) {
    if (value == null || value.isBlank()) {
      return NONE;
    }
    for (Weighting w : values()) {
      if (w.key().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return w;
      }
    }
    throw new IllegalArgumentException(option + " '" + value + "': expected none or downloads");
  }
}
