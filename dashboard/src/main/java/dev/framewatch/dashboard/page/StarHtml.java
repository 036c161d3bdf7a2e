package dev.framewatch.dashboard.page;

import static dev.framewatch.dashboard.web.Html.escape;

import dev.framewatch.dashboard.view.ViewChart;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The GitHub view's headline: the largest repositories' latest star counts, an estimate said to be one. */
final class StarHtml {
  static final int TILES = 4;

  private StarHtml() {}

  static String tiles(ViewChart chart) {
    record Latest(String repo, ViewChart.PointData point) {}
    List<Latest> latest = chart.series().stream()
        .map(s -> new Latest(s.name(), s.points().stream().filter(p -> p.value() != null).reduce((a, b) -> b).orElse(null)))
        .filter(l -> l.point() != null).sorted(Comparator.comparingLong((Latest l) -> -l.point().count())).limit(TILES)
        .toList();
    StringBuilder b = new StringBuilder("<section class=\"headlines\" aria-label=\"headline numbers\">\n");
    for (Latest l : latest) {
      b.append("<div class=\"tile\" data-repo=\"").append(escape(l.repo())).append("\"><h2>").append(escape(l.repo()))
          .append("</h2>\n<p class=\"figure\" data-count=\"").append(l.point().count()).append("\"><a class=\"big\" href=\"")
          .append(escape(l.point().drill())).append("\">").append(String.format(Locale.ROOT, "%,d", l.point().count()))
          .append("</a> <span class=\"sentence\">").append(escape(chart.yUnit())).append(" on ").append(escape(l.point().x()))
          .append(l.point().estimated() ? ", estimated from sampled stargazer pages" : "").append("</span></p>\n</div>\n");
    }
    return b.append("</section>\n").toString();
  }
}
