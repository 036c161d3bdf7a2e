package dev.framewatch.analytics.report;

import dev.framewatch.analytics.summary.ShareWords;
import dev.framewatch.analytics.trend.Trend;
import dev.framewatch.index.count.ShareCounts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The week's findings in sentences made from the report's own numbers, each linking to the dashboard chart that shows it:
 * changes whose 95% interval excludes zero, the largest movers (one per kind), and what is new this week (documents per kind,
 * how many name a framework). The report opens with them, in HTML and in Markdown.
 */
public final class ReportFindings {
  /** Movers said in words when no change is significant, at most one per kind. */
  static final int LARGEST_MOVERS = 3;

  /** The dashboard chart of each kind by week (the report is served by the dashboard under /reports/, so paths resolve). */
  static final Map<String, String> CHART = Map.of("paper", "/papers?by=none&period=week", "job", "/jobs?period=week", "model",
      "/huggingface?period=week");

  /** One finding: its sentence and the chart it is read from. */
  public record Finding(String text, String link) {}

  private ReportFindings() {}

  public static List<Finding> of(WeeklyReport r) {
    List<Finding> out = new ArrayList<>();
    Set<String> said = new HashSet<>();
    for (Trend t : r.movers()) {
      if (t.significant()) {
        out.add(new Finding(significant(t), chart(kind(t))));
        said.add(kind(t));
      }
    }
    if (r.movers().isEmpty()) {
      out.add(new Finding("No share can be compared with " + r.previousWeek() + ": no kind of evidence has documents naming a"
          + " framework in both weeks.", "/overview?period=week"));
    } else if (out.isEmpty()) {
      out.add(new Finding("No framework's share changed this week by more than its 95% interval allows"
          + " (every change's interval includes zero).", "/overview?period=week"));
    }
    int movers = 0;
    for (Trend t : r.movers()) {
      if (movers < LARGEST_MOVERS && !t.significant() && said.add(kind(t)) && Math.abs(t.change().estimate()) > 0) {
        out.add(new Finding(mover(t), chart(kind(t))));
        movers++;
      }
    }
    out.addAll(newCoverage(r));
    return out;
  }

  /** "Job postings: TensorFlow's share fell from 90.0% (9 of 10) in 2026-W46 to 20.0% (2 of 10) in 2026-W47, ..." */
  static String significant(Trend t) {
    return capitalised(ShareWords.kindNoun(kind(t))) + ": " + ShareWords.frameworkName(t.framework()) + "'s share "
        + (t.change().estimate() > 0 ? "rose" : "fell") + " from " + share(t.shareFrom(), t.trialsFrom()) + " in " + t.from()
        + " to " + share(t.shareTo(), t.trialsTo()) + " in " + t.to() + ", " + ShareWords.points(t.change().estimate())
        + " points (95% CI " + ShareWords.points(t.change().low()) + " to " + ShareWords.points(t.change().high())
        + "): a change the sample sizes support.";
  }

  /** "Largest move in job postings: PyTorch +30.0 points (50.0% of 4 in 2026-W46, 80.0% of 10 in 2026-W47), ..." */
  static String mover(Trend t) {
    return "Largest move in " + ShareWords.kindNoun(kind(t)) + ": " + ShareWords.frameworkName(t.framework()) + " "
        + ShareWords.points(t.change().estimate()) + " points (" + share(t.shareFrom(), t.trialsFrom()) + " in " + t.from()
        + ", " + share(t.shareTo(), t.trialsTo()) + " in " + t.to() + "), but its 95% interval ("
        + ShareWords.points(t.change().low()) + " to " + ShareWords.points(t.change().high())
        + ") includes zero: too few documents to call it a change.";
  }

  /** Per kind with documents dated this week: how many, how many name a framework, against the week before. */
  static List<Finding> newCoverage(WeeklyReport r) {
    List<Finding> out = new ArrayList<>();
    for (ShareCounts.GroupTotal g : r.byKindWeek().groups()) {
      if (!r.week().equals(g.group().get("week")) || g.documents() == 0) {
        continue;
      }
      String kind = g.group().get("kind");
      long before = r.byKindWeek().groups().stream().filter(p -> r.previousWeek().equals(p.group().get("week"))
          && kind.equals(p.group().get("kind"))).mapToLong(ShareCounts.GroupTotal::documents).sum();
      out.add(new Finding("New in " + r.week() + ": " + g.documents() + " " + ShareWords.kindNoun(kind) + ", "
          + g.documentsAnyFramework() + " of them naming a framework (" + ShareWords.percent(
              (double) g.documentsAnyFramework() / g.documents()) + "); " + (before == 0 ? "none" : Long.toString(before))
          + " in " + r.previousWeek() + ".", chart(kind)));
    }
    return out;
  }

  private static String share(double share, long trials) {
    return String.format(Locale.ROOT, "%.1f%% (%d of %d)", 100 * share, Math.round(share * trials), trials);
  }

  private static String kind(Trend t) {
    return t.series().getOrDefault("kind", "");
  }

  private static String chart(String kind) {
    return CHART.getOrDefault(kind, "/overview?period=week");
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
