package dev.framewatch.demosite.papers;

import dev.framewatch.demosite.story.Words;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenReview primary area and keyword of a generated ICLR paper, from the learning task its title names
 * ({@link Words#LEARNING_TASKS}), in the real values of ICLR's primary areas (2024 on): a reinforcement-learning paper is
 * filed under "reinforcement learning", a forecasting paper under "learning on time series and dynamical systems", the rest
 * under general areas that say no domain.
 */
final class PrimaryAreas {
  /** ICLR notes carry a primary area from the 2024 conference on. */
  static final int FIRST_ICLR_YEAR = 2024;
  static final String GENERAL = "general machine learning (i.e., none of the above)";

  private static final Map<String, String> BY_TASK = Map.of(
      "Reinforcement Learning", "reinforcement learning",
      "Few-Shot Learning", "transfer learning, meta learning, and lifelong learning",
      "Continual Learning", "transfer learning, meta learning, and lifelong learning",
      "Time Series Forecasting", "learning on time series and dynamical systems",
      "Tabular Data", GENERAL,
      "Bayesian Inference", "probabilistic methods (Bayesian methods, variational inference, sampling, UQ, etc.)",
      "Neural Architecture Search", GENERAL);

  private PrimaryAreas() {}

  private static Optional<String> task(String title) {
    for (String t : Words.LEARNING_TASKS) {
      if (title.contains(" for " + t)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  static String of(String title) {
    return task(title).map(BY_TASK::get).orElse(GENERAL);
  }

  /** The task as an author's keyword, lower case as most are written. */
  static Optional<String> keyword(String title) {
    return task(title).map(t -> t.toLowerCase(Locale.ROOT));
  }
}
