package dev.framewatch.dashboard.page;

import static dev.framewatch.dashboard.web.Html.escape;

import dev.framewatch.analytics.summary.Headline;
import dev.framewatch.analytics.summary.ShareWords;
import dev.framewatch.dashboard.view.ViewChart;
import dev.framewatch.dashboard.view.ViewHeadlines;
import java.util.Locale;

/**
 * A view's words and table around its chart: headline tiles (per kind: PyTorch's and TensorFlow's share in the latest period
 * with interval and change, coverage), the compact table of the same numbers, and the table of the chart's latest points. Each
 * number carries its values as data attributes and links to its documents, so a keyboard (Tab, Enter) drills down too.
 */
final class HeadlineHtml {
  private HeadlineHtml() {}

  static String tiles(ViewHeadlines v) {
    if (v.headlines().isEmpty()) {
      // Papers have no week, say: nothing dated by this period names a framework.
      return "<p class=\"meta\">No documents naming a framework are dated by " + escape(v.period()) + ".</p>\n";
    }
    StringBuilder b = new StringBuilder("<section class=\"headlines\" aria-label=\"headline numbers\" data-api=\"")
        .append(escape(v.api())).append("\">\n");
    for (Headline h : v.headlines()) {
      b.append("<div class=\"tile\" data-kind=\"").append(escape(h.kind())).append("\" data-period=\"")
          .append(escape(h.period())).append("\">\n<h2>").append(escape(capitalised(ShareWords.kindNoun(h.kind()))))
          .append(" <span class=\"meta\">").append(escape(h.period())).append("</span></h2>\n");
      for (Headline.FrameworkShare s : h.shares()) {
        b.append("<p class=\"figure\" data-framework=\"").append(escape(s.framework())).append("\" data-share=\"")
            .append(num(s.share().estimate())).append("\" data-low=\"").append(num(s.share().low())).append("\" data-high=\"")
            .append(num(s.share().high())).append("\" data-count=\"").append(s.count()).append("\"><a class=\"big\" href=\"")
            .append(escape(v.drill(h, s.framework()))).append("\">").append(ShareWords.percent(s.share().estimate()))
            .append("</a> <span class=\"sentence\">").append(escape(ShareWords.headline(h, s))).append("</span></p>\n");
      }
      b.append("<p class=\"coverage meta\" data-documents=\"").append(h.documents()).append("\" data-any=\"")
          .append(h.documentsAnyFramework()).append("\"><a href=\"").append(escape(v.drill(h, null))).append("\">")
          .append(escape(ShareWords.coverage(h))).append("</a></p>\n</div>\n");
    }
    return b.append("</section>\n").toString();
  }

  /** The headline numbers as one compact table, a row per kind. */
  static String table(ViewHeadlines v) {
    if (v.headlines().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<table class=\"compact\" id=\"headline-table\"><caption>Latest ").append(escape(v.period()))
        .append(" per kind of evidence: share among documents naming a framework (95% CI), change on the period before"
            + "</caption>\n<thead><tr><th>evidence</th><th>").append(escape(v.period())).append("</th>");
    Headline first = v.headlines().get(0);
    for (Headline.FrameworkShare s : first.shares()) {
      b.append("<th>").append(escape(ShareWords.frameworkName(s.framework()))).append("</th><th>change</th>");
    }
    b.append("<th>naming a framework</th></tr></thead>\n<tbody>\n");
    for (Headline h : v.headlines()) {
      b.append("<tr data-kind=\"").append(escape(h.kind())).append("\"><td>").append(escape(ShareWords.kindNoun(h.kind())))
          .append("</td><td>").append(escape(h.period())).append("</td>");
      for (Headline.FrameworkShare s : h.shares()) {
        b.append("<td><a href=\"").append(escape(v.drill(h, s.framework()))).append("\">")
            .append(ShareWords.percent(s.share().estimate())).append("</a> <span class=\"meta\">")
            .append(ShareWords.range(s.share())).append("</span></td><td>")
            .append(s.change() == null ? "-" : escape(ShareWords.points(s.change().change().estimate()) + " pt"))
            .append("</td>");
      }
      b.append("<td><a href=\"").append(escape(v.drill(h, null))).append("\">").append(h.documentsAnyFramework())
          .append(" of ").append(h.documents()).append("</a></td></tr>\n");
    }
    return b.append("</tbody></table>\n").toString();
  }

  /** The chart's latest point per line, each row a link to its documents (Tab to it, Enter drills down). */
  static String latestPoints(ViewChart chart) {
    StringBuilder b = new StringBuilder("<table class=\"compact\" id=\"chart-table\"><caption>Latest point of each line")
        .append(chart.yUnit().equals("%") ? " (share among documents naming a framework, 95% CI)" : "")
        .append("</caption>\n<thead><tr><th>line</th><th>at</th><th>value</th><th>documents</th></tr></thead>\n<tbody>\n");
    for (ViewChart.SeriesData s : chart.series()) {
      ViewChart.PointData last = null;
      for (ViewChart.PointData p : s.points()) {
        if (p.value() != null) {
          last = p;
        }
      }
      if (last == null) {
        continue;
      }
      String value = last.denominator() == null
          ? String.format(Locale.ROOT, "%,d %s%s", last.count(), chart.yUnit(), last.estimated() ? " (estimated)" : "")
          : String.format(Locale.ROOT, "%.1f%% (%.1f-%.1f)", last.value(), last.low(), last.high());
      String docs = last.denominator() == null ? "snapshot" : last.count() + " of " + last.denominator();
      b.append("<tr><td>").append(escape(s.name())).append("</td><td>").append(escape(last.x())).append("</td><td>")
          .append(escape(value)).append("</td><td>");
      if (last.drill() != null) {
        b.append("<a href=\"").append(escape(last.drill())).append("\">").append(escape(docs)).append("</a>");
      } else {
        b.append(escape(docs));
      }
      b.append("</td></tr>\n");
    }
    return b.append("</tbody></table>\n").toString();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
