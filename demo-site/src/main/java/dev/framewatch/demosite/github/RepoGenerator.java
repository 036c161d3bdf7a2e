package dev.framewatch.demosite.github;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the frameworks' repositories with star histories that tell the demo's story (2017-2026, scaled down about a
 * hundredfold): TensorFlow's stars slowing year after year, PyTorch's growing, JAX's arriving from 2019, Keras and MXNet fading.
 * The Transformers repository is there too; one of its stargazer pages is served truncated.
 *
 * <p>Deterministic: one seeded {@link Random}, fixed iteration order, no clock.
 */
public final class RepoGenerator {
  private record Spec(String fullName, String description, String language, List<String> topics, LocalDate created,
      long forks, int[] starsPerYear, int truncatedPage) {}

  /** New stars per year, 2017..2026. */
  private static final List<Spec> SPECS = List.of(
      new Spec("pytorch/pytorch", "Tensors and Dynamic neural networks in Python with strong GPU acceleration", "Python",
          List.of("deep-learning", "gpu", "machine-learning", "neural-network", "python", "tensor"),
          LocalDate.of(2016, 8, 13), 240, new int[] {25, 45, 70, 95, 110, 120, 130, 135, 140, 110}, 0),
      new Spec("tensorflow/tensorflow", "An Open Source Machine Learning Framework for Everyone", "C++",
          List.of("deep-learning", "deep-neural-networks", "distributed", "machine-learning", "ml", "neural-network"),
          LocalDate.of(2015, 11, 7), 740, new int[] {260, 230, 180, 130, 95, 70, 55, 45, 38, 28}, 0),
      new Spec("jax-ml/jax", "Composable transformations of Python+NumPy programs: differentiate, vectorize, JIT to GPU/TPU",
          "Python", List.of("jax"), LocalDate.of(2018, 10, 25), 30, new int[] {0, 3, 12, 25, 38, 45, 52, 58, 62, 55}, 0),
      new Spec("keras-team/keras", "Deep Learning for humans", "Python", List.of("deep-learning", "machine-learning",
          "neural-networks", "data-science"), LocalDate.of(2015, 3, 28), 190,
          new int[] {90, 75, 60, 45, 35, 28, 22, 18, 15, 12}, 0),
      new Spec("apache/mxnet", "Lightweight, Portable, Flexible Distributed/Mobile Deep Learning", "C++",
          List.of("mxnet"), LocalDate.of(2015, 4, 30), 68, new int[] {45, 35, 25, 15, 9, 6, 4, 3, 2, 2}, 0),
      new Spec("PaddlePaddle/Paddle", "PArallel Distributed Deep LEarning: Machine Learning Framework from Industrial Practice",
          "C++", List.of("paddlepaddle", "deep-learning"), LocalDate.of(2016, 8, 15), 55,
          new int[] {6, 16, 22, 22, 20, 18, 15, 13, 11, 9}, 0),
      new Spec("huggingface/transformers", "State-of-the-art machine learning for text, vision, audio and multimodal models",
          "Python", List.of("nlp", "natural-language-processing", "model-hub"), LocalDate.of(2018, 10, 29), 300,
          new int[] {0, 6, 40, 70, 90, 110, 130, 140, 145, 120}, 2));

  private final Random random;

  public RepoGenerator(long seed) {
    this.random = new Random(seed ^ 0x5eed_617L);
  }

  public List<DemoRepo> generate() {
    List<DemoRepo> out = new ArrayList<>();
    long id = 65_600_000L;
    for (Spec s : SPECS) {
      List<Instant> stars = new ArrayList<>();
      for (int y = 0; y < s.starsPerYear().length; y++) {
        int year = 2017 + y;
        int days = year == 2026 ? 304 : LocalDate.of(year, 12, 31).getDayOfYear();
        for (int i = 0; i < s.starsPerYear()[y]; i++) {
          LocalDate day = LocalDate.ofYearDay(year, 1 + random.nextInt(days));
          if (day.isBefore(s.created())) {
            day = s.created().plusDays(random.nextInt(60));
          }
          stars.add(day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400)));
        }
      }
      stars.sort(null);
      id += 1 + random.nextInt(1_000_000);
      out.add(new DemoRepo(id, s.fullName(), s.description(), s.language(), s.topics(),
          s.created().atTime(17, 0).toInstant(ZoneOffset.UTC), s.forks(), stars, s.truncatedPage()));
    }
    return out;
  }
}
