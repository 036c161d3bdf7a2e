package dev.framewatch.demosite.github;

import dev.framewatch.demosite.scale.LazyList;
import dev.framewatch.demosite.scale.Scale;
import dev.framewatch.demosite.scale.Seeds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The repositories of a scaled site: {@link #FULL_COUNT} at full scale, the frameworks' own first, with stars falling by rank
 * (Zipf-like, {@link #TOP_STARS} for the first) so that several exceed GitHub's 40,000 listable stars and must be sampled.
 * Counts scale with the site; each star's time is made on request from its index (evenly over the repository's life, oldest
 * first), so no star is held.
 */
public final class ScaledRepos {
  public static final int FULL_COUNT = 200;
  public static final int TOP_STARS = 250_000;
  private static final double FALL = 1.2;
  private static final Instant AS_OF = LocalDate.of(2026, 10, 31).atTime(12, 0).toInstant(ZoneOffset.UTC);
  private static final List<String> FRAMEWORKS = List.of("pytorch/pytorch", "tensorflow/tensorflow",
      "huggingface/transformers", "jax-ml/jax", "keras-team/keras", "apache/mxnet", "PaddlePaddle/Paddle");

  private ScaledRepos() {}

  /** Stars of the repository of rank {@code rank} (0 = most starred) at {@code scale}. */
  public static int stars(int rank, Scale scale) {
    return scale.of(Math.round(TOP_STARS / Math.pow(rank + 1, FALL)));
  }

  public static List<DemoRepo> generate(long seed, Scale scale) {
    int count = Math.max(FRAMEWORKS.size(), scale.of(FULL_COUNT));
    List<DemoRepo> out = new ArrayList<>(count);
    for (int rank = 0; rank < count; rank++) {
      Random random = new Random(Seeds.of(seed, 0x617, rank));
      String name = rank < FRAMEWORKS.size() ? FRAMEWORKS.get(rank)
          : String.format("ml-org-%03d/toolkit-%03d", rank, rank);
      Instant created = LocalDate.of(2014 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28))
          .atTime(17, 0).toInstant(ZoneOffset.UTC);
      int stars = stars(rank, scale);
      long span = AS_OF.getEpochSecond() - created.getEpochSecond();
      List<Instant> starredAt = new LazyList<>(stars, i -> created.plusSeconds((long) ((i + 0.5) / stars * span)));
      out.add(new DemoRepo(70_000_000L + rank * 1_009L, name, "A machine learning toolkit (demo repository " + rank + ")",
          rank % 3 == 0 ? "C++" : "Python", List.of("machine-learning", "deep-learning"), created,
          stars / 8 + random.nextInt(100), starredAt, 0));
    }
    return List.copyOf(out);
  }
}
