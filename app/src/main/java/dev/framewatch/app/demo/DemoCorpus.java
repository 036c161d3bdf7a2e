package dev.framewatch.app.demo;

import java.util.List;
import java.util.Objects;

/**
 * Everything the demo site serves, generated once from a seed: the same seed gives the same corpus on every machine, so demo
 * numbers and tests are reproducible. Holds the Hub's models today; papers, job postings and GitHub repositories get their own
 * lists here, each served by its own {@link DemoEndpoint}.
 */
public final class DemoCorpus {
  public static final long DEFAULT_SEED = 20190101L;
  public static final int DEFAULT_MODELS = 2_400;

  private final long seed;
  private final List<HubModel> models;

  private DemoCorpus(long seed, List<HubModel> models) {
    this.seed = seed;
    this.models = List.copyOf(models);
  }

  /** The corpus {@code framewatch demo} serves. */
  public static DemoCorpus standard() {
    return generate(DEFAULT_SEED, DEFAULT_MODELS);
  }

  public static DemoCorpus generate(long seed, int models) {
    if (models < 0) {
      throw new IllegalArgumentException("models must not be negative, got " + models);
    }
    return new DemoCorpus(seed, new HubModelGenerator(seed).generate(models));
  }

  public long seed() {
    return seed;
  }

  /** The Hub's models, newest first (the order of {@code sort=createdAt&direction=-1}). */
  public List<HubModel> models() {
    return models;
  }

  /** Distinct library names, in order of first appearance (newest first); models without a library are not represented. */
  public List<String> libraries() {
    return models.stream().map(HubModel::libraryName).filter(Objects::nonNull).distinct().toList();
  }
}
