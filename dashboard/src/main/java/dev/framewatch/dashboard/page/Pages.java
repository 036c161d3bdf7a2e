package dev.framewatch.dashboard.page;

import static dev.framewatch.dashboard.web.Html.escape;

import dev.framewatch.dashboard.view.View;
import dev.framewatch.dashboard.view.ViewChart;
import dev.framewatch.dashboard.view.ViewHeadlines;
import dev.framewatch.dashboard.view.ViewQuery;
import dev.framewatch.dashboard.web.QueryString;
import dev.framewatch.index.search.DocumentHit;
import dev.framewatch.index.search.DocumentPage;
import dev.framewatch.index.search.DrillDown;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTML pages. Every value that can come from a request or from crawled text goes through {@link
 * dev.framewatch.dashboard.web.Html#escape}; the pages hold no inline script (the chart code is {@code /static/view.js}, and
 * the Content-Security-Policy allows scripts from the dashboard only).
 */
public final class Pages {
  private final String chartJs;
  private final String banner;

  /** @param chartJs path of the bundled Chart.js */
  public Pages(String chartJs, String banner) {
    this.chartJs = chartJs;
    this.banner = banner;
  }

  /**
   * A view's page: its headline (tiles; per repository on the GitHub view), its controls and chart (small multiples, one per
   * kind, on the overview split by kind), then its table.
   *
   * @param headlines the share views' headline numbers; null on the GitHub view
   * @param chart the chart the page draws (its JSON is fetched by the page; the table is written from the same record)
   */
  public String view(ViewQuery q, ViewHeadlines headlines, ViewChart chart) {
    View v = q.view();
    String json = q.url("/chart/" + v.key() + ".json");
    String embed = q.url("/embed/" + v.key());
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(v.title())).append("</h1>\n");
    body.append(headlines != null ? HeadlineHtml.tiles(headlines) : StarHtml.tiles(chart));
    body.append(form(q));
    body.append(canvas(q, json, false));
    if (headlines != null && v == View.OVERVIEW) {
      body.append(HeadlineHtml.table(headlines));
    }
    body.append(HeadlineHtml.latestPoints(chart));
    body.append("<p class=\"exports\">Data: <a href=\"").append(escape(q.url("/chart/" + v.key() + ".csv")))
        .append("\">CSV</a> · <a href=\"").append(escape(json)).append("\">JSON</a> · Image: <a href=\"")
        .append(escape(q.url("/chart/" + v.key() + ".svg"))).append("\">SVG</a> · <a href=\"")
        .append(escape(q.url("/chart/" + v.key() + ".png"))).append("\">PNG</a> · <a href=\"").append(escape(embed))
        .append("\">embed</a></p>\n");
    body.append(embedBox(q, embed));
    body.append("<p class=\"meta\">Click a point, or focus the chart and move with the arrow keys and press Enter, to list the"
        + " documents behind it.</p>\n");
    return layout(v.title(), q.theme().key(), body.toString(), true);
  }

  /**
   * The "embed" button: view.js writes the iframe and image snippets (with the dashboard's own address, which only the browser
   * knows behind a proxy) into the text box and copies them. The data attributes carry paths, not markup.
   */
  private static String embedBox(ViewQuery q, String embed) {
    return "<div class=\"embed-box\"><button type=\"button\" id=\"embed-button\" data-iframe=\"" + escape(embed)
        + "\" data-image=\"" + escape(q.url("/chart/" + q.view().key() + ".svg")) + "\" data-width=\"" + q.width()
        + "\" data-height=\"" + q.height() + "\" data-frame-height=\"" + (q.height() + 40) + "\" data-title=\""
        + escape(q.view().title()) + "\">Embed</button> <span id=\"embed-status\" class=\"meta\"></span>\n"
        + "<textarea id=\"embed-snippet\" readonly rows=\"3\" cols=\"100\" hidden aria-label=\"embed snippets\"></textarea>"
        + "</div>\n";
  }

  public String embed(ViewQuery q) {
    String body = canvas(q, q.url("/chart/" + q.view().key() + ".json"), true)
        + "<p class=\"meta\"><a href=\"" + escape(q.url("/" + q.view().key())) + "\" target=\"_blank\" rel=\"noopener\">"
        + "framewatch</a></p>\n";
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(q.view().title())
        + "</title><link rel=\"stylesheet\" href=\"/static/dashboard.css\"></head>\n<body class=\"embed theme-"
        + q.theme().key() + (q.transparent() ? " transparent" : "") + "\">\n" + body + scripts() + "</body></html>\n";
  }

  public String documents(DrillDown request, DocumentPage page, Map<String, List<String>> query) {
    StringBuilder b = new StringBuilder("<h1>Documents behind the number</h1>\n<p class=\"meta\" id=\"filter\">");
    if (request.where() != null) {
      b.append("filter <code>").append(escape(request.where())).append("</code>; ");
    }
    new TreeMap<>(request.cell()).forEach((d, v) -> b.append(escape(d.key())).append(" = <b>")
        .append(escape(v.isEmpty() ? "(none)" : v)).append("</b>; "));
    if (request.framework() != null) {
      b.append("framework <b>").append(escape(request.framework())).append("</b>; ");
    }
    b.append("<span id=\"total\">").append(page.total()).append("</span> documents</p>\n<ol id=\"documents\" start=\"")
        .append(page.offset() + 1).append("\">\n");
    for (DocumentHit h : page.hits()) {
      b.append("<li class=\"doc\"><div class=\"title\">");
      String url = safeUrl(h.url());
      if (url != null) {
        b.append("<a href=\"").append(escape(url)).append("\" rel=\"noopener nofollow\">").append(escape(h.title()))
            .append("</a>");
      } else {
        b.append(escape(h.title()));
      }
      b.append("</div><div class=\"meta\">").append(escape(h.kind())).append(" · ").append(escape(h.source()));
      if (h.venue() != null) {
        b.append(" · ").append(escape(h.venue()));
      }
      if (h.year() != null) {
        b.append(" · ").append(escape(h.year()));
      }
      b.append(" · ").append(escape(String.join(", ", h.frameworks()))).append(" · <code>").append(escape(h.id()))
          .append("</code></div>");
      h.evidence().forEach((fw, passage) -> b.append("<blockquote><b>").append(escape(fw)).append(":</b> ")
          .append(escape(passage)).append("</blockquote>"));
      b.append("</li>\n");
    }
    b.append("</ol>\n");
    if (page.offset() + page.hits().size() < page.total()) {
      Map<String, String> next = new TreeMap<>();
      query.forEach((k, v) -> next.put(k, v.get(0)));
      next.put("offset", Integer.toString(page.offset() + request.limit()));
      b.append("<p><a id=\"next\" href=\"").append(escape(QueryString.url("/documents", next))).append("\">next ")
          .append(request.limit()).append("</a></p>\n");
    }
    b.append("<p class=\"meta\">As JSON: <a href=\"/api/documents?").append(escape(queryString(query)))
        .append("\">/api/documents</a></p>\n");
    return layout("Documents", "light", b.toString(), false);
  }

  /** The first value of each parameter, as a query string. */
  private static String queryString(Map<String, List<String>> query) {
    Map<String, String> first = new TreeMap<>();
    query.forEach((k, v) -> first.put(k, v.get(0)));
    return QueryString.of(first);
  }

  /** Only http(s) links are shown as links: a crawled {@code javascript:} URL stays text. */
  static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.trim().toLowerCase(java.util.Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://") ? url.trim() : null;
  }

  private String canvas(ViewQuery q, String json, boolean embed) {
    // The overview split by kind draws one small chart per kind (view.js), sharing the x axis and a 0-100% y axis.
    boolean multiples = !embed && q.view() == View.OVERVIEW && q.grouping().equals("kind");
    return "<div class=\"chart\"><canvas id=\"chart\" tabindex=\"0\" width=\"" + q.width() + "\" height=\"" + q.height()
        + "\" data-src=\"" + escape(json) + "\"" + (embed ? " data-embed=\"true\"" : "")
        + (multiples ? " data-multiples=\"true\"" : "") + " aria-label=\"" + escape(q.view().title()
        + ": arrow keys move between points, Enter lists a point's documents") + "\"></canvas></div>\n"
        + "<div id=\"multiples\" class=\"multiples\"></div>\n<p id=\"status\" class=\"error\"></p>\n";
  }

  private String form(ViewQuery q) {
    StringBuilder f = new StringBuilder("<form class=\"controls\" method=\"get\" action=\"/" + q.view().key() + "\">\n");
    if (q.view().isStars()) {
      f.append(input("repos", "repositories", String.join(",", q.repos()), "owner/name,owner/name"));
      f.append(input("from", "from", q.since() == null ? "" : q.since().toString(), "YYYY-MM-DD"));
      f.append(checkbox("align", "align at each start", q.align()));
      f.append(select("stars", "stars", List.of("total", "daily"), q.daily() ? "daily" : "total"));
    } else {
      f.append(input("where", "filter", q.where() == null ? "" : q.where(), "venue:cvpr AND text:transformer"));
      f.append(input("frameworks", "frameworks", String.join(",", q.frameworks()),
          String.join(",", q.view().defaultFrameworks())));
      f.append(input("from", "from year", q.from() == null ? "" : q.from().toString(), ""));
      f.append(input("to", "to year", q.to() == null ? "" : q.to().toString(), ""));
      f.append(select("period", "period", List.of("year", "quarter", "month", "week"), q.period()));
      f.append(select("by", "split by", q.view().groupings(), q.grouping()));
      f.append(input("method", "method", q.method() == null ? "" : q.method(), "default"));
      if (q.view() == dev.framewatch.dashboard.view.View.HUGGINGFACE) {
        f.append(select("weight", "weigh models by", ViewQuery.WEIGHTS, q.weight()));
      }
    }
    f.append(checkbox("log", "log scale", q.log()));
    f.append("<button type=\"submit\">Show</button>\n</form>\n");
    return f.toString();
  }

  private static String input(String name, String label, String value, String placeholder) {
    return "<label>" + escape(label) + " <input name=\"" + name + "\" value=\"" + escape(value) + "\" placeholder=\""
        + escape(placeholder) + "\"></label>\n";
  }

  private static String checkbox(String name, String label, boolean checked) {
    return "<label><input type=\"checkbox\" name=\"" + name + "\" value=\"true\"" + (checked ? " checked" : "") + "> "
        + escape(label) + "</label>\n";
  }

  private static String select(String name, String label, List<String> options, String selected) {
    StringBuilder s = new StringBuilder("<label>" + escape(label) + " <select name=\"" + name + "\">");
    for (String o : options) {
      s.append("<option").append(o.equals(selected) ? " selected" : "").append('>').append(escape(o)).append("</option>");
    }
    return s.append("</select></label>\n").toString();
  }

  private String scripts() {
    return "<script src=\"" + chartJs + "\"></script>\n<script src=\"/static/view.js\"></script>\n";
  }

  /** {@code /reports}: the archived weekly reports, newest first (the body of {@code /api/reports}). */
  public String reports(com.fasterxml.jackson.databind.JsonNode list) {
    StringBuilder b = new StringBuilder("<h1>Weekly reports</h1>\n<ul id=\"reports\">\n");
    for (com.fasterxml.jackson.databind.JsonNode r : list.path("reports")) {
      b.append("<li>").append(escape(r.path("week").asText()));
      for (com.fasterxml.jackson.databind.JsonNode f : r.path("files")) {
        String path = f.asText();
        if (path.endsWith("/report.html") || path.endsWith("/report.md")) {
          b.append(" · <a href=\"").append(escape(path)).append("\">").append(path.endsWith(".html") ? "HTML" : "Markdown")
              .append("</a>");
        }
      }
      b.append("</li>\n");
    }
    b.append("</ul>\n");
    if (list.path("reports").isEmpty()) {
      b.append("<p class=\"meta\">No report yet: <code>framewatch report</code> writes one, and <code>run</code> every week.</p>\n");
    }
    return layout("Weekly reports", "light", b.toString(), false);
  }

  /** {@code /adoption}: the adoption signals' charts, built by {@code AdoptionApi.pageBody}. */
  public String adoption(String body) {
    return layout("Adoption", "light", body, false);
  }

  private String layout(String title, String theme, String body, boolean chart) {
    StringBuilder nav = new StringBuilder("<nav>");
    for (View v : View.values()) {
      nav.append("<a href=\"/").append(v.key()).append("\">").append(v.key()).append("</a> ");
    }
    nav.append("· <a href=\"/adoption\">adoption</a> · <a href=\"/reports\">weekly reports</a> · "
        + "<a href=\"/api/openapi.json\">API</a></nav>\n");
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>framewatch: " + escape(title)
        + "</title><link rel=\"stylesheet\" href=\"/static/dashboard.css\"></head>\n<body class=\"theme-" + theme + "\">\n"
        + nav + "<div class=\"banner\">" + escape(banner) + "</div>\n" + body + (chart ? scripts() : "")
        + "</body></html>\n";
  }
}
