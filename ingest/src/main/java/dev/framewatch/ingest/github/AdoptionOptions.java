package dev.framewatch.ingest.github;

import com.typesafe.config.Config;
import dev.framewatch.core.vocabulary.FrameworkTopics;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the new-repositories measurement asks GitHub search ({@code sources.github.adoption.*}).
 *
 * @param enabled whether the GitHub crawl measures at all ({@code enabled}, default false: the backfill is about a thousand
 *     searches)
 * @param since the first month measured ({@code since}, default {@code 2016-01})
 * @param pythonRepos also count the topic's repositories whose language is Python ({@code language-python}), as the signal
 *     {@code new-python-repos}
 * @param requestsPerMinute search requests per minute ({@code requests-per-minute}); 0 = GitHub's documented budget, 30 with a
 *     token and 10 without
 * @param incompleteRetries how often a search answered with {@code incomplete_results: true} is asked again before its value is
 *     kept, marked incomplete ({@code incomplete-retries}, default 2)
 * @param topics framework id to the GitHub topics counted for it, in vocabulary order ({@code github-topics} in
 *     {@code vocabulary.conf})
 */
public record AdoptionOptions(boolean enabled, YearMonth since, boolean pythonRepos, int requestsPerMinute,
    int incompleteRetries, Map<String, List<String>> topics) {
  public static final YearMonth DEFAULT_SINCE = YearMonth.of(2016, 1);
  public static final AdoptionOptions DISABLED =
      new AdoptionOptions(false, DEFAULT_SINCE, false, 0, 2, FrameworkTopics.standard());

  public AdoptionOptions {
    Objects.requireNonNull(since, "since");
    if (requestsPerMinute < 0) {
      throw new IllegalArgumentException("sources.github.adoption.requests-per-minute must not be negative");
    }
    if (incompleteRetries < 0) {
      throw new IllegalArgumentException("sources.github.adoption.incomplete-retries must not be negative");
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    topics.forEach((f, t) -> copy.put(f, List.copyOf(t)));
    topics = java.util.Collections.unmodifiableMap(copy);
  }

  /** Reads {@code sources.github.adoption}; {@code keys} holds the keys under {@code sources.github}. */
  public static AdoptionOptions from(Config keys) {
    if (!keys.hasPath("adoption")) {
      return DISABLED;
    }
    Config a = keys.getConfig("adoption");
    YearMonth since = a.hasPath("since") ? month(a.getString("since")) : DEFAULT_SINCE;
    return new AdoptionOptions(a.hasPath("enabled") && a.getBoolean("enabled"), since,
        a.hasPath("language-python") && a.getBoolean("language-python"),
        a.hasPath("requests-per-minute") ? a.getInt("requests-per-minute") : 0,
        a.hasPath("incomplete-retries") ? a.getInt("incomplete-retries") : 2, FrameworkTopics.standard());
  }

  /** What is wrong with {@code adoption.since} under {@code keys}; null when nothing (or when it is not set). */
  public static String sinceProblem(Config keys) {
    if (!keys.hasPath("adoption.since")) {
      return null;
    }
    try {
      YearMonth.parse(keys.getString("adoption.since").trim());
      return null;
    } catch (DateTimeParseException e) {
      return "expected a month as yyyy-MM, got \"" + keys.getString("adoption.since") + "\"";
    }
  }

  static YearMonth month(String text) {
    try {
      return YearMonth.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("sources.github.adoption.since: expected yyyy-MM, got \"" + text + "\"");
    }
  }

  /** The search requests per minute to keep to: the configured number, else GitHub's for this kind of client. */
  public int budgetPerMinute(boolean hasToken) {
    return requestsPerMinute > 0 ? requestsPerMinute : hasToken ? 30 : 10;
  }
}
