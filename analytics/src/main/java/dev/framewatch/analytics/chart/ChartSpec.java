package dev.framewatch.analytics.chart;

import java.util.List;
import java.util.Objects;

/**
 * One chart, everything needed to draw it the same way as SVG, PNG or in a browser: the weekly report, the dashboard's images and
 * its pages all start from this record, so one chart looks the same wherever it is shown.
 *
 * @param title shown above the plot (untrusted text: renderers escape it)
 * @param yLabel the value axis label, e.g. "% of documents naming a framework"
 * @param xLabels the categories along the x axis, in order (years, months, "day 0..n" of an aligned timeline)
 * @param series one line each; every series has one value per x label
 * @param logScale a logarithmic value axis (values &lt;= 0 are then left out, as a log axis cannot show them)
 * @param legend whether to draw the legend
 * @param transparent no background behind the chart (an embed on a page with its own background); the theme still picks the
 *     text and grid colours
 */
public record ChartSpec(
    String title,
    String yLabel,
    List<String> xLabels,
    List<Series> series,
    boolean logScale,
    boolean legend,
    Theme theme,
    int width,
    int height,
    boolean transparent) {

  public static final int MIN_WIDTH = 200;
  public static final int MAX_WIDTH = 2400;
  public static final int MIN_HEIGHT = 150;
  public static final int MAX_HEIGHT = 1600;

  public ChartSpec {
    title = title == null ? "" : title;
    yLabel = yLabel == null ? "" : yLabel;
    xLabels = List.copyOf(xLabels);
    series = List.copyOf(series);
    Objects.requireNonNull(theme, "theme");
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      throw new IllegalArgumentException("width must be between " + MIN_WIDTH + " and " + MAX_WIDTH + ", got " + width);
    }
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) {
      throw new IllegalArgumentException("height must be between " + MIN_HEIGHT + " and " + MAX_HEIGHT + ", got " + height);
    }
    for (Series s : series) {
      if (s.values().size() != xLabels.size()) {
        throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size() + " values for "
            + xLabels.size() + " x labels");
      }
    }
  }

  /** A chart with the theme's background. */
  public ChartSpec(String title, String yLabel, List<String> xLabels, List<Series> series, boolean logScale, boolean legend,
      Theme theme, int width, int height) {
    this(title, yLabel, xLabels, series, logScale, legend, theme, width, height, false);
  }

  /** Light or dark colours, for pages and READMEs with either background. */
  public enum Theme {
    LIGHT, DARK;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Theme parse(String value) {
      for (Theme t : values()) {
        if (t.key().equals(value)) {
          return t;
        }
      }
      throw new IllegalArgumentException("theme must be light or dark, got '" + value + "'");
    }
  }

  /**
   * One line of the chart.
   *
   * @param values one per x label; null where there is no value (a gap in the line)
   * @param lower lower interval bounds, one per value (null entries allowed), or null for a series without intervals
   * @param upper upper interval bounds, like {@code lower}
   * @param color a CSS hex colour such as {@code #ee4c2c}, or null for the palette's next colour
   */
  public record Series(String name, List<Double> values, List<Double> lower, List<Double> upper, String color) {
    public Series {
      Objects.requireNonNull(name, "name");
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
      if ((lower == null) != (upper == null)) {
        throw new IllegalArgumentException("series '" + name + "': give both interval bounds or neither");
      }
      if (lower != null) {
        lower = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(lower));
        upper = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(upper));
        if (lower.size() != values.size() || upper.size() != values.size()) {
          throw new IllegalArgumentException("series '" + name + "': interval bounds need one entry per value");
        }
      }
      if (color != null && !color.matches("#[0-9a-fA-F]{6}")) {
        throw new IllegalArgumentException("series '" + name + "': colour must look like #rrggbb, got '" + color + "'");
      }
    }

    public static Series of(String name, List<Double> values) {
      return new Series(name, values, null, null, null);
    }

    public boolean hasIntervals() {
      return lower != null;
    }
  }
}
