package dev.framewatch.analytics.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.analytics.stats.Interval;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trend table's layout and the trend CSV, pinned. */
class TrendFormatTest {
  static final Trend PAPER = new Trend(Map.of("kind", "paper"), "pytorch", "2018", "2019", 0.4, 5, 1.0, 2,
      new Interval(0.6, -0.154207, 0.882379));
  static final Trend JOB = new Trend(Map.of("kind", "job"), "tensorflow", "2023", "2024", 0.5, 100, 0.25, 120,
      new Interval(-0.25, -0.37, -0.12));
  static final Trend ALL = new Trend(Map.of(), "pytorch", "2018", "2019", 0.4, 5, 1.0, 2,
      new Interval(0.6, -0.154207, 0.882379));

  static TrendFormat.Trends trends(List<Trend> bySeries, List<CombinedIndex.Point> combined) {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("paper", 0.5);
    weights.put("job", 0.5);
    return new TrendFormat.Trends("default 0.2.0", "year", bySeries, List.of(ALL), combined, weights);
  }

  @Test
  void tablePinsLayout() {
    Map<String, Double> both = new LinkedHashMap<>();
    both.put("paper", 0.5);
    both.put("job", 0.5);
    List<CombinedIndex.Point> combined = List.of(
        new CombinedIndex.Point("2019", "pytorch", new Interval(0.55, 0.5, 0.6), both),
        new CombinedIndex.Point("2020", "tensorflow", new Interval(0.05, 0.031, 0.08), Map.of("paper", 1.0)));
    assertEquals("""
        series         framework    from      to           share    share   change  95% CI (points)
        paper          pytorch      2018      2019         40.0%   100.0%    +60.0  -15.4 to +88.2
        job            tensorflow   2023      2024         50.0%    25.0%    -25.0  -37.0 to -12.0  *
        all            pytorch      2018      2019         40.0%   100.0%    +60.0  -15.4 to +88.2
        method: default 0.2.0; * = the interval of the change leaves out 0 (Newcombe, 95%)

        combined index (weights {paper=0.5, job=0.5}; kinds without data in a period left out)
        2019      pytorch        55.0%   50.0- 60.0  paper 0.50, job 0.50
        2020      tensorflow      5.0%    3.1-  8.0  paper 1.00
        """, TrendFormat.render(trends(List.of(PAPER, JOB), combined), ShareFormat.Kind.TABLE));
  }

  @Test
  void csvKeepsNegativeChangesAsNumbers() {
    assertEquals("""
        series,framework,from,to,share_from,trials_from,share_to,trials_to,change,change_low,change_high,method
        paper,pytorch,2018,2019,0.4,5,1,2,0.6,-0.154207,0.882379,default 0.2.0
        job,tensorflow,2023,2024,0.5,100,0.25,120,-0.25,-0.37,-0.12,default 0.2.0
        all,pytorch,2018,2019,0.4,5,1,2,0.6,-0.154207,0.882379,default 0.2.0
        """, TrendFormat.render(trends(List.of(PAPER, JOB), List.of()), ShareFormat.Kind.CSV));
  }

  /** Until the one CSV writer, the trend CSV quoted nothing: a venue with a comma shifted every later column. */
  @Test
  void csvQuotesASeriesWithAComma() {
    Trend venue = new Trend(Map.of("venue", "papers, cvf"), "jax", "2020", "2021", 0.1, 10, 0.2, 10,
        new Interval(0.1, -0.2, 0.4));
    assertEquals("""
        series,framework,from,to,share_from,trials_from,share_to,trials_to,change,change_low,change_high,method
        "papers, cvf",jax,2020,2021,0.1,10,0.2,10,0.1,-0.2,0.4,default 0.2.0
        all,pytorch,2018,2019,0.4,5,1,2,0.6,-0.154207,0.882379,default 0.2.0
        """, TrendFormat.render(trends(List.of(venue), List.of()), ShareFormat.Kind.CSV));
  }
}
