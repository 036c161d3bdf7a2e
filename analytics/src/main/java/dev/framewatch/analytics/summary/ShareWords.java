package dev.framewatch.analytics.summary;

import dev.framewatch.analytics.stats.Interval;
import dev.framewatch.analytics.trend.Trend;
import dev.framewatch.core.vocabulary.Vocabulary;
import java.util.Locale;
import java.util.Map;

/**
 * Share numbers said in words, the same way on the dashboard and in the report: the framework and the denominator named
 * ("PyTorch in 70% of papers naming a framework in 2020, 95% CI 40-89, up 12 points on 2019").
 */
public final class ShareWords {
  private static final Map<String, String> KIND_NOUNS = Map.of("paper", "papers", "job", "job postings", "repo",
      "repositories", "model", "models", "stars", "star snapshots");

  private ShareWords() {}

  /** A kind's plural noun: papers, job postings, repositories, models. */
  public static String kindNoun(String kind) {
    return KIND_NOUNS.getOrDefault(kind, kind);
  }

  /** A framework's display name from the vocabulary (PyTorch), else its id. */
  public static String frameworkName(String id) {
    return Vocabulary.standard().frameworks().stream().filter(f -> f.id().equals(id)).map(Vocabulary.FrameworkName::name)
        .findFirst().orElse(id);
  }

  /** The tile's sentence for one framework of a headline. */
  public static String headline(Headline h, Headline.FrameworkShare s) {
    return frameworkName(s.framework()) + " in " + percent(s.share().estimate()) + " of " + kindNoun(h.kind())
        + " naming a framework in " + h.period() + ", 95% CI " + range(s.share()) + ", " + change(s.change()) + ".";
  }

  /** "up 12 points on 2019", "down 3 points on 2019", "unchanged on 2019", or that nothing earlier compares. */
  public static String change(Trend t) {
    if (t == null) {
      return "no earlier period to compare";
    }
    long points = Math.round(100 * t.change().estimate());
    String direction = points > 0 ? "up " + points + " point" + (points == 1 ? "" : "s")
        : points < 0 ? "down " + -points + " point" + (points == -1 ? "" : "s") : "unchanged";
    return direction + " on " + t.from();
  }

  /** "9 of 10 papers name a framework (90%) in 2020". */
  public static String coverage(Headline h) {
    return h.documentsAnyFramework() + " of " + h.documents() + " " + kindNoun(h.kind()) + " name a framework ("
        + percent(h.coverage()) + ") in " + h.period();
  }

  /** A whole percent: 66%. */
  public static String percent(double share) {
    return Math.round(100 * share) + "%";
  }

  /** An interval in whole percents: 61-72. */
  public static String range(Interval i) {
    return Math.round(100 * i.low()) + "-" + Math.round(100 * i.high());
  }

  /** A change in points with one decimal and its sign: +30.0. */
  public static String points(double change) {
    return String.format(Locale.ROOT, "%+.1f", 100 * change);
  }
}
