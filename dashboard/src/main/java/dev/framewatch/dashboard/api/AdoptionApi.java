package dev.framewatch.dashboard.api;

import dev.framewatch.analytics.adoption.AdoptionChart;
import dev.framewatch.analytics.adoption.AdoptionFormat;
import dev.framewatch.analytics.adoption.AdoptionQuery;
import dev.framewatch.analytics.adoption.AdoptionRow;
import dev.framewatch.analytics.adoption.AdoptionService;
import dev.framewatch.analytics.adoption.AdoptionSignal;
import dev.framewatch.analytics.adoption.SignalNotAvailableException;
import dev.framewatch.analytics.chart.ChartSpec;
import dev.framewatch.analytics.chart.SvgChart;
import dev.framewatch.dashboard.web.BadParameter;
import dev.framewatch.dashboard.web.Html;
import dev.framewatch.dashboard.web.Params;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /api/adoption} (the rows of {@code framewatch adoption --format json}), {@code /chart/adoption.svg} and
 * {@code /embed/adoption}: one adoption signal per framework and month, {@code ?signal=new-repos} by default. A signal not
 * available in this build answers 400 naming {@code signal}, with the reason.
 */
public final class AdoptionApi {
  public static final Set<String> PARAMETERS = Set.of("signal", "frameworks", "from", "to");
  public static final Set<String> CHART_PARAMETERS = Set.of("signal", "frameworks", "from", "to", "theme", "width", "height");
  private static final Pattern FRAMEWORK = Pattern.compile("[a-z0-9-]{1,40}");
  private static final List<String> SIGNALS = Arrays.stream(AdoptionSignal.values()).map(AdoptionSignal::key).toList();

  private AdoptionApi() {}

  public static String json(Params p, Path indexDir) {
    AdoptionQuery q = query(p);
    return AdoptionFormat.json(q.signal(), rows(q, indexDir));
  }

  public static String svg(Params p, Path indexDir) {
    return SvgChart.render(spec(p, indexDir));
  }

  /** The chart alone on a page, for an iframe: the SVG inline, the method under it. */
  public static String embed(Params p, Path indexDir) {
    AdoptionQuery q = query(p);
    ChartSpec spec = spec(p, indexDir);
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(spec.title())
        + "</title><link rel=\"stylesheet\" href=\"/static/dashboard.css\"></head>\n<body class=\"embed theme-"
        + spec.theme().key() + "\">\n" + SvgChart.render(spec) + "\n<p class=\"meta\">" + Html.escape(q.signal().method())
        + "</p>\n</body></html>\n";
  }

  private static ChartSpec spec(Params p, Path indexDir) {
    AdoptionQuery q = query(p);
    ChartSpec.Theme theme = ChartSpec.Theme.parse(p.choice("theme", List.of("light", "dark"), "light"));
    int width = p.integer("width", ChartSpec.MIN_WIDTH, ChartSpec.MAX_WIDTH, AdoptionChart.WIDTH);
    int height = p.integer("height", ChartSpec.MIN_HEIGHT, ChartSpec.MAX_HEIGHT, AdoptionChart.HEIGHT);
    return AdoptionChart.spec(q.signal(), rows(q, indexDir), theme, width, height, false);
  }

  static AdoptionQuery query(Params p) {
    AdoptionSignal signal = AdoptionSignal.parse(p.choice("signal", SIGNALS, AdoptionSignal.NEW_REPOS.key()));
    try {
      return new AdoptionQuery(signal, p.list("frameworks", FRAMEWORK, "a framework id", 40),
          AdoptionQuery.month("from", p.string("from")), AdoptionQuery.month("to", p.string("to")));
    } catch (IllegalArgumentException e) {
      String name = e.getMessage().startsWith("to") ? "to" : "from";
      throw new BadParameter(name, e.getMessage());
    }
  }

  private static List<AdoptionRow> rows(AdoptionQuery q, Path indexDir) {
    try {
      return AdoptionService.over(indexDir).rows(q);
    } catch (SignalNotAvailableException e) {
      throw new BadParameter("signal", e.getMessage());
    }
  }

  /**
   * {@code /adoption}: the body of the page that shows every signal: its chart (the embed's image), how it is measured, and
   * where its data and embed are; a signal without values says how to get them.
   */
  public static String pageBody(Path indexDir) {
    StringBuilder b = new StringBuilder("<h1>Adoption: what people build with each framework</h1>\n<p class=\"meta\">"
        + "Counts per month, kept apart from the mention shares of the other views (docs/methods.md, \"Adoption signals\")."
        + "</p>\n");
    AdoptionService service = AdoptionService.over(indexDir);
    for (AdoptionSignal s : AdoptionSignal.values()) {
      String q = "?signal=" + s.key();
      b.append("<section class=\"adoption\" id=\"").append(s.key()).append("\">\n<h2>").append(Html.escape(s.title()))
          .append("</h2>\n");
      List<AdoptionRow> rows = service.available(s) ? service.rows(AdoptionQuery.all(s)) : List.of();
      if (rows.isEmpty()) {
        b.append("<p class=\"meta\">").append(Html.escape(AdoptionFormat.table(s, rows).strip())).append("</p>\n");
      } else {
        b.append("<img src=\"/chart/adoption.svg").append(q).append("\" alt=\"").append(Html.escape(s.title()))
            .append("\" width=\"").append(AdoptionChart.WIDTH).append("\" height=\"").append(AdoptionChart.HEIGHT)
            .append("\">\n");
      }
      b.append("<p class=\"meta\">").append(Html.escape(s.method())).append(" · <a href=\"/api/adoption").append(q)
          .append("\">data</a> · <a href=\"/embed/adoption").append(q).append("\">embed</a></p>\n</section>\n");
    }
    return b.toString();
  }
}
