package dev.framewatch.dashboard.view;

import dev.framewatch.dashboard.web.BadParameter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's views; each is a page {@code /<view>}, an embed {@code /embed/<view>} and a chart
 * {@code /chart/<view>.svg|png|json|csv}, all drawn from one {@link ViewQuery}.
 *
 * @param kindClause the documents the view counts (null: every kind but star snapshots, which the counter leaves out)
 * @param groupings what the series may be split by besides framework ({@code none} first: the default unless stated)
 * @param defaultGrouping the grouping when the URL names none
 * @param defaultPeriod the x axis when the URL names none
 * @param defaultFrameworks the frameworks drawn when the URL names none (empty: every framework present)
 */
public enum View {
  OVERVIEW("Overview: framework share by kind of evidence", null, List.of("kind", "none", "source"), "kind", "year",
      List.of("pytorch", "tensorflow")),
  PAPERS("Papers: framework share by conference", "kind:paper", List.of("venue", "domain", "none"), "venue", "year",
      List.of("pytorch")),
  JOBS("Jobs: framework share of job postings", "kind:job", List.of("none", "source", "domain"), "none", "year", List.of()),
  GITHUB("GitHub: stars over time", "kind:stars", List.of("none"), "none", "day", List.of()),
  HUGGINGFACE("Hugging Face: framework share of models", "kind:model", List.of("none", "library", "domain"), "none", "month",
      List.of());

  private final String title;
  private final String kindClause;
  private final List<String> groupings;
  private final String defaultGrouping;
  private final String defaultPeriod;
  private final List<String> defaultFrameworks;

  View(String title, String kindClause, List<String> groupings, String defaultGrouping, String defaultPeriod,
      List<String> defaultFrameworks) {
    this.title = title;
    this.kindClause = kindClause;
    this.groupings = groupings;
    this.defaultGrouping = defaultGrouping;
    this.defaultPeriod = defaultPeriod;
    this.defaultFrameworks = defaultFrameworks;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String title() {
    return title;
  }

  public String kindClause() {
    return kindClause;
  }

  public List<String> groupings() {
    return groupings;
  }

  public String defaultGrouping() {
    return defaultGrouping;
  }

  public String defaultPeriod() {
    return defaultPeriod;
  }

  public List<String> defaultFrameworks() {
    return defaultFrameworks;
  }

  /** Whether the view draws star timelines rather than shares. */
  public boolean isStars() {
    return this == GITHUB;
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(View::key).toList();
  }

  /** @throws BadParameter naming {@code view} for an unknown view */
  public static View parse(String key) {
    for (View v : values()) {
      if (v.key().equals(key)) {
        return v;
      }
    }
    throw new BadParameter("view", "unknown view '" + dev.framewatch.dashboard.web.Params.printable(key)
        + "' (expected one of " + String.join(", ", keys()) + ")");
  }
}
