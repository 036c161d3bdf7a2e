package dev.framewatch.analytics.share;

import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.weight.WeightedShareCounter;
import dev.framewatch.index.weight.WeightedShares;
import java.util.List;

/**
 * Weighted shares on the same reader as an {@link IndexShareService}'s plain ones (its newest commit, under its lock), so a page
 * showing both shows numbers of one commit.
 */
public final class WeightedShareService {
  private final IndexShareService index;
  private final WeightedShareCounter counter;

  public WeightedShareService(IndexShareService index) {
    this(index, new WeightedShareCounter());
  }

  public WeightedShareService(IndexShareService index, WeightedShareCounter counter) {
    this.index = index;
    this.counter = counter;
  }

  /**
   * @param method a method name or file among those the index counts with; null for its primary
   * @throws IllegalArgumentException for a bad {@code where}, an unknown method or one the index lacks, a weighting of none
   */
  public WeightedShares share(List<Dimension> by, String where, String method, Weighting weighting) {
    if (weighting == Weighting.NONE) {
      throw new IllegalArgumentException("weight none: count the plain share instead");
    }
    Method m = method == null ? null : MethodLoader.load(method);
    WeightedShares out = index.withReader(reader -> reader == null ? null
        : counter.count(reader, where, by, m, weighting.field()));
    return out != null ? out : new WeightedShares(by, where, "none", "-", weighting.field(),
        WeightedShareCounter.DEFAULT_RESAMPLES, List.of(), 0, 0, 0, 0);
  }
}
