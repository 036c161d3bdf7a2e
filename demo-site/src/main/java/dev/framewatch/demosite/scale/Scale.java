package dev.framewatch.demosite.scale;

import java.util.Locale;

/**
 * How large a scaled demo site is, as a fraction of the real sources' size: {@code 1.0} ({@code full}) serves 2,000,000 Hub
 * models, 500,000 arXiv entries, 200 repositories and so on (see {@link ScaledSizes}); {@code 0.01} serves a hundredth of each.
 * Every count is rounded and kept at least 1, so even the tiniest scale has something of every part.
 *
 * @param fraction above 0, at most 1
 */
public record Scale(double fraction) {
  public static final Scale FULL = new Scale(1.0);

  public Scale {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("scale must be above 0 and at most 1 (or full), got " + fraction);
    }
  }

  /** {@code full}, or a fraction such as {@code 0.01}. */
  public static Scale parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("full")) {
      return FULL;
    }
    try {
      return new Scale(Double.parseDouble(t));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("scale must be full or a fraction such as 0.01, got \"" + text + "\"");
    }
  }

  /** {@code full} at real size, each count at least 1. */
  public int of(long fullCount) {
    return (int) Math.max(1, Math.round(fullCount * fraction));
  }

  @Override
  public String toString() {
    return fraction == 1.0 ? "full" : String.format(Locale.ROOT, "%s", fraction);
  }
}
