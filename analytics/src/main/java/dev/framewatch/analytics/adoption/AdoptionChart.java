package dev.framewatch.analytics.adoption;

import dev.framewatch.analytics.chart.ChartSpec;
import dev.framewatch.analytics.chart.Palette;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One signal's rows as a chart: a line per framework (in its {@link Palette} colour) over every month from the first to the
 * last row, months on a time axis ({@code yyyy-MM} labels, ticked by the chart's date axis). A month a framework has no value
 * for is a gap, not a zero. The same spec draws the dashboard's {@code /chart/adoption.svg} and the weekly report's figure.
 */
public final class AdoptionChart {
  public static final int WIDTH = 900;
  public static final int HEIGHT = 420;

  private AdoptionChart() {}

  public static ChartSpec spec(AdoptionSignal signal, List<AdoptionRow> rows, ChartSpec.Theme theme, int width, int height,
      boolean transparent) {
    List<String> months = new ArrayList<>();
    Map<String, Map<YearMonth, Double>> byFramework = new LinkedHashMap<>();
    if (!rows.isEmpty()) {
      YearMonth first = rows.stream().map(AdoptionRow::month).min(YearMonth::compareTo).orElseThrow();
      YearMonth last = rows.stream().map(AdoptionRow::month).max(YearMonth::compareTo).orElseThrow();
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        months.add(m.toString());
      }
      for (AdoptionRow r : rows) {
        byFramework.computeIfAbsent(r.framework(), f -> new LinkedHashMap<>()).put(r.month(), (double) r.value());
      }
    }
    List<ChartSpec.Series> series = new ArrayList<>();
    byFramework.forEach((framework, values) -> {
      List<Double> v = new ArrayList<>(months.size());
      months.forEach(m -> v.add(values.get(YearMonth.parse(m))));
      series.add(new ChartSpec.Series(framework, v, null, null, Palette.framework(framework)));
    });
    String title = "Adoption: " + signal.title();
    return new ChartSpec(title, "per month", months, series, false, true, theme, width, height, transparent);
  }

  public static ChartSpec spec(AdoptionSignal signal, List<AdoptionRow> rows) {
    return spec(signal, rows, ChartSpec.Theme.LIGHT, WIDTH, HEIGHT, false);
  }
}
