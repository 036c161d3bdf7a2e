package dev.framewatch.dashboard.view;

import dev.framewatch.analytics.chart.ChartSpec;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.dashboard.api.ShareQuery;
import dev.framewatch.dashboard.web.Params;
import dev.framewatch.dashboard.web.QueryString;
import dev.framewatch.index.schema.Dimension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything that decides what one view shows, parsed from its URL. {@link #canonical()} writes it back with parameters sorted,
 * values normalised and defaults dropped: the one URL of that chart, which pages link to, caches key on and ETags derive from.
 *
 * @param grouping what the series are split by besides framework ({@code none}, or a dimension key)
 * @param period the x axis dimension of a share view ({@code year}, {@code quarter}, {@code month}, {@code week})
 * @param repos the repositories of the GitHub view (empty: all with star history)
 * @param since the GitHub view's first day, or null
 * @param align whether GitHub timelines start at each repository's first day
 * @param transparent no background behind the chart ({@code background=transparent}), for embedding on a coloured page
 * @param scale device pixels per chart pixel of a PNG ({@code scale=2}, or {@code /chart/<view>@2x.png}); 1 elsewhere
 * @param daily the GitHub view draws stars per day (the indexed {@code new_stars}, {@code stars=daily}) rather than the total
 * @param weight {@code none}, or {@code downloads} on the Hugging Face view: shares of downloads, not of models
 */
public record ViewQuery(
    View view,
    String where,
    List<String> frameworks,
    String method,
    Integer from,
    Integer to,
    String period,
    String grouping,
    List<String> repos,
    LocalDate since,
    boolean align,
    ChartSpec.Theme theme,
    int width,
    int height,
    boolean log,
    boolean legend,
    boolean transparent,
    int scale,
    boolean daily,
    String weight) {

  public static final int DEFAULT_WIDTH = 760;
  public static final int DEFAULT_HEIGHT = 360;
  public static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}");
  public static final int MAX_REPOS = 20;

  static final List<String> PERIODS = List.of("year", "quarter", "month", "week");
  public static final List<String> BACKGROUNDS = List.of("solid", "transparent");
  public static final int MAX_SCALE = dev.framewatch.analytics.chart.PngChart.MAX_SCALE;
  private static final Set<String> RENDER = Set.of("theme", "width", "height", "log", "legend", "background", "scale");
  private static final Set<String> SHARE_PARAMS = union(RENDER, "where", "frameworks", "method", "from", "to", "period", "by");
  private static final Set<String> STARS_PARAMS = union(RENDER, "repos", "from", "align", "stars");
  static final List<String> STAR_MEASURES = List.of("total", "daily");
  /** The Hugging Face view also takes {@code weight}: only its documents have downloads. */
  private static final Set<String> MODEL_PARAMS = union(SHARE_PARAMS, "weight");
  /** {@code weight} values: each model counts 1, or by its downloads. */
  public static final List<String> WEIGHTS = List.of("none", "downloads");

  public ViewQuery {
    frameworks = List.copyOf(frameworks);
    repos = List.copyOf(repos);
  }

  /** The parameters a view's URL may carry. */
  public static Set<String> parameters(View view) {
    return view.isStars() ? STARS_PARAMS : view == View.HUGGINGFACE ? MODEL_PARAMS : SHARE_PARAMS;
  }

  /**
   * The view's query from its URL. Parameters the view does not know are ignored (a cache-buster such as {@code &v=2} on an
   * embedded image must not break it); a known one with a bad value is a {@link dev.framewatch.dashboard.web.BadParameter}
   * naming it.
   */
  public static ViewQuery parse(View view, Map<String, List<String>> query, Vocabulary vocabulary) {
    Params p = Params.ignoringUnknown(query, parameters(view));
    ChartSpec.Theme theme = ChartSpec.Theme.valueOf(p.choice("theme", List.of("light", "dark"), "light")
        .toUpperCase(java.util.Locale.ROOT));
    int width = p.integer("width", ChartSpec.MIN_WIDTH, ChartSpec.MAX_WIDTH, DEFAULT_WIDTH);
    int height = p.integer("height", ChartSpec.MIN_HEIGHT, ChartSpec.MAX_HEIGHT, DEFAULT_HEIGHT);
    boolean log = p.bool("log", false);
    boolean legend = p.bool("legend", true);
    boolean transparent = p.choice("background", BACKGROUNDS, "solid").equals("transparent");
    int scale = p.integer("scale", 1, MAX_SCALE, 1);
    if (view.isStars()) {
      List<String> repos = new ArrayList<>(p.list("repos", REPO, "a repository like owner/name", MAX_REPOS));
      repos.sort(null);
      return new ViewQuery(view, null, List.of(), null, null, null, view.defaultPeriod(), "none", repos, p.date("from"),
          p.bool("align", false), theme, width, height, log, legend, transparent, scale,
          p.choice("stars", STAR_MEASURES, "total").equals("daily"), "none");
    }
    ShareQuery share = ShareQuery.parse(p, List.of(), vocabulary);
    List<String> frameworks = new ArrayList<>(share.frameworks());
    frameworks.sort(null);
    String grouping = p.choice("by", view.groupings(), view.defaultGrouping());
    String period = p.choice("period", PERIODS, view.defaultPeriod());
    String weight = view == View.HUGGINGFACE ? p.choice("weight", WEIGHTS, "none") : "none";
    return new ViewQuery(view, share.where(), frameworks, share.method(), share.from(), share.to(), period, grouping,
        List.of(), null, false, theme, width, height, log, legend, transparent, scale, false, weight);
  }

  /** The share question behind a share view (its kind filter included). */
  public ShareQuery shareQuery() {
    List<Dimension> by = new ArrayList<>();
    if (!grouping.equals("none")) {
      by.add(Dimension.parse(grouping));
    }
    by.add(Dimension.parse(period));
    ShareQuery q = new ShareQuery(by, where, method, List.of(), from, to);
    return view.kindClause() == null ? q : q.within(view.kindClause());
  }

  /** The frameworks drawn: those asked for, else the view's default (empty: all present). */
  public List<String> shownFrameworks() {
    return frameworks.isEmpty() ? view.defaultFrameworks() : frameworks;
  }

  /** Sorted parameters without defaults, URL-encoded: empty when everything is default. */
  public String canonical() {
    return QueryString.of(parameters());
  }

  /** {@code path} with the canonical query, if any. */
  public String url(String path) {
    return QueryString.url(path, parameters());
  }

  /** The parameters that differ from their defaults. */
  private Map<String, String> parameters() {
    Map<String, String> m = new TreeMap<>();
    put(m, "where", where, null);
    put(m, "frameworks", frameworks.isEmpty() ? null : String.join(",", frameworks), null);
    put(m, "method", method, null);
    if (view.isStars()) {
      put(m, "repos", repos.isEmpty() ? null : String.join(",", repos), null);
      put(m, "from", since == null ? null : since.toString(), null);
      put(m, "align", Boolean.toString(align), "false");
      put(m, "stars", daily ? "daily" : "total", "total");
    } else {
      put(m, "from", from == null ? null : from.toString(), null);
      put(m, "to", to == null ? null : to.toString(), null);
      put(m, "period", period, view.defaultPeriod());
      put(m, "by", grouping, view.defaultGrouping());
      put(m, "weight", weight, "none");
    }
    put(m, "theme", theme.key(), "light");
    put(m, "width", Integer.toString(width), Integer.toString(DEFAULT_WIDTH));
    put(m, "height", Integer.toString(height), Integer.toString(DEFAULT_HEIGHT));
    put(m, "log", Boolean.toString(log), "false");
    put(m, "legend", Boolean.toString(legend), "true");
    put(m, "background", transparent ? "transparent" : "solid", "solid");
    put(m, "scale", Integer.toString(scale), "1");
    return m;
  }

  /** The same query at another PNG scale (1 for every URL but a PNG's). */
  public ViewQuery withScale(int newScale) {
    return new ViewQuery(view, where, frameworks, method, from, to, period, grouping, repos, since, align, theme, width, height,
        log, legend, transparent, newScale, daily, weight);
  }

  private static void put(Map<String, String> m, String key, String value, String absent) {
    if (value != null && !value.equals(absent)) {
      m.put(key, value);
    }
  }

  private static Set<String> union(Set<String> base, String... more) {
    Set<String> s = new java.util.HashSet<>(base);
    s.addAll(List.of(more));
    return Set.copyOf(s);
  }
}
