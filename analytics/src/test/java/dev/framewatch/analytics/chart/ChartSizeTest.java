package dev.framewatch.analytics.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Embeds stay light at the largest size: twenty repositories of ten years of daily stars (73,000 points) at 2400 x 1600 are
 * at most 150 KB of SVG, and every series is still drawn (one line path and one legend entry each).
 */
class ChartSizeTest {
  static final int MAX_BYTES = 150 * 1024;

  /** {@code repos} cumulative star histories, daily from 2016-07-18 for {@code days} days, seeded. */
  static ChartSpec stars(int repos, int days, boolean log, boolean aligned) {
    Random rnd = new Random(42);
    List<String> x = new ArrayList<>();
    LocalDate first = LocalDate.of(2016, 7, 18);
    for (int d = 0; d < days; d++) {
      x.add(aligned ? "day " + d : first.plusDays(d).toString());
    }
    List<ChartSpec.Series> series = new ArrayList<>();
    for (int r = 0; r < repos; r++) {
      List<Double> v = new ArrayList<>();
      double stars = 0;
      double rate = 1 + rnd.nextInt(40);
      for (int d = 0; d < days; d++) {
        stars += rnd.nextInt((int) rate + 1) + (rnd.nextInt(200) == 0 ? 500 : 0); // daily noise and launch spikes
        rate = Math.max(1, rate + rnd.nextGaussian());
        v.add(d < r * 50 && !aligned ? null : stars);
      }
      series.add(ChartSpec.Series.of("owner" + r + "/repo" + r, v));
    }
    return new ChartSpec("GitHub: stars over time", "stars", x, series, log, true, ChartSpec.Theme.DARK,
        ChartSpec.MAX_WIDTH, ChartSpec.MAX_HEIGHT, true);
  }

  @Test
  void twentyTenYearStarHistoriesAtTheLargestSizeStayUnder150KbAndDrawEverySeries() {
    for (boolean log : List.of(false, true)) {
      for (boolean aligned : List.of(false, true)) {
        ChartSpec spec = stars(20, 3650, log, aligned);
        String svg = SvgChart.render(spec);
        int bytes = svg.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("stars log=%s aligned=%s: %d bytes%n", log, aligned, bytes);
        assertTrue(bytes <= MAX_BYTES, "log=" + log + " aligned=" + aligned + ": " + bytes + " bytes");
        assertEquals(40, seriesStrokes(svg), "per repository its line and its legend's line sample");
        for (ChartSpec.Series s : spec.series()) {
          assertEquals(1, count(svg, ">" + s.name() + "</text>"), "legend entry of " + s.name());
        }
      }
    }
  }

  /**
   * Paths stroked with round joins and not filled: the series' lines and their legend samples (axes and grid lines are
   * {@code <line>} elements, bands and markers filled paths).
   */
  static int seriesStrokes(String svg) {
    Matcher m = Pattern.compile("<g style='[^']*stroke-linejoin:round[^']*fill:none'[^>]*><path d='M").matcher(svg);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
