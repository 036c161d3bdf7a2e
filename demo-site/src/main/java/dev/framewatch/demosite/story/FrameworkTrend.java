package dev.framewatch.demosite.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The story the demo corpus tells, 2017-2026: PyTorch rising from a research curiosity to the default, TensorFlow falling from
 * first place, JAX appearing in 2019 and growing slowly, Keras fading. One table of yearly chances that a document names each
 * framework, shared by the papers' full texts and the job postings. Plausible, not measured: this is demo data.
 */
public final class FrameworkTrend {
  public static final int FIRST_YEAR = 2017;
  public static final int LAST_YEAR = 2026;
  /** Display names, as a document would write them; the method file's synonyms match them. */
  public static final List<String> FRAMEWORKS = List.of("PyTorch", "TensorFlow", "JAX", "Keras");
  /** Chance per year (2017..2026) that a document names each framework above. */
  private static final double[][] CHANCE = {
    {0.12, 0.22, 0.33, 0.42, 0.50, 0.56, 0.61, 0.65, 0.68, 0.70},
    {0.48, 0.44, 0.38, 0.31, 0.24, 0.18, 0.13, 0.10, 0.08, 0.06},
    {0.00, 0.00, 0.02, 0.04, 0.06, 0.08, 0.09, 0.10, 0.11, 0.12},
    {0.16, 0.14, 0.11, 0.08, 0.06, 0.05, 0.04, 0.03, 0.03, 0.02}};

  private FrameworkTrend() {}

  /**
   * The frameworks a document of {@code year} names, drawn independently (none, one or several).
   *
   * @param scale multiplies every chance (jobs name their stack more often than papers do), capped at 0.95
   */
  public static List<String> draw(Random random, int year, double scale) {
    int y = Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year)) - FIRST_YEAR;
    List<String> out = new ArrayList<>(2);
    for (int f = 0; f < FRAMEWORKS.size(); f++) {
      if (random.nextDouble() < Math.min(0.95, CHANCE[f][y] * scale)) {
        out.add(FRAMEWORKS.get(f));
      }
    }
    return out;
  }

  /** A sentence naming the frameworks, varied by the random; empty for none. */
  public static String sentence(Random random, List<String> frameworks, String[] templates) {
    if (frameworks.isEmpty()) {
      return "";
    }
    String names = frameworks.size() == 1 ? frameworks.get(0)
        : String.join(", ", frameworks.subList(0, frameworks.size() - 1)) + " and " + frameworks.get(frameworks.size() - 1);
    return templates[random.nextInt(templates.length)].replace("{fw}", names);
  }
}
