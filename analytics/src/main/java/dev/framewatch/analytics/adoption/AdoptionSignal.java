package dev.framewatch.analytics.adoption;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The adoption signals: what people build with a framework, kept apart from the mention signals. Each says how it is measured
 * (the method statement output and the dashboard show).
 */
public enum AdoptionSignal {
  NEW_REPOS("new-repos", "new GitHub repositories per month",
      "GitHub search: repositories created in the month with the framework's topic (total_count of "
          + "/search/repositories?q=topic:<t>+created:<first>..<last>), summed over the framework's github-topics"),
  NEW_PYTHON_REPOS("new-python-repos", "new Python repositories on GitHub per month",
      "GitHub search as for new-repos, with language:python"),
  PAPER_CODE("paper-code", "papers per month by the framework found in their code",
      "papers with a code repository, counted by the framework its dependency files declare (framework_code), in January "
          + "of the paper's year (papers carry a year, not a month)"),
  MODEL_DOWNLOADS("model-downloads", "Hugging Face model downloads per month",
      "Hugging Face models created in the month, their last-30-days downloads as recorded summed per framework the "
          + "index's primary method attributes each model to (from its library and tags)");

  private final String key;
  private final String title;
  private final String method;

  AdoptionSignal(String key, String title, String method) {
    this.key = key;
    this.title = title;
    this.method = method;
  }

  /** The name on the command line, in records and in the API, e.g. {@code new-repos}. */
  public String key() {
    return key;
  }

  /** What a chart or a report section calls it. */
  public String title() {
    return title;
  }

  /** How it is measured, in one sentence. */
  public String method() {
    return method;
  }

  /** @throws IllegalArgumentException naming the signals there are */
  public static AdoptionSignal parse(String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    for (AdoptionSignal s : values()) {
      if (s.key.equals(v)) {
        return s;
      }
    }
    throw new IllegalArgumentException("--signal '" + value + "': expected one of " + keys());
  }

  public static String keys() {
    return Arrays.stream(values()).map(AdoptionSignal::key).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return key;
  }
}
