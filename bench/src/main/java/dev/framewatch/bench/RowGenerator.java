package dev.framewatch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Deterministic rows for the benchmarks: the same seed gives the same rows in the same order, so both engines (and repeated
 * runs) see identical data. Venues among twelve canonical ids, years 2012-2025, 0-3 frameworks with a skew that moves from
 * TensorFlow to PyTorch over the years, and 20-40 words drawn from a fixed vocabulary with a Zipf distribution (so the tail
 * words are rare).
 */
public final class RowGenerator {
  public static final long DEFAULT_SEED = 20250101L;

  static final String[] VENUES = {"cvpr", "iccv", "eccv", "wacv", "neurips", "icml", "iclr", "acl", "naacl", "emnlp",
      "interspeech", "icassp"};
  /** Relative venue sizes: the big conferences are bigger. */
  static final double[] VENUE_WEIGHTS = {10, 5, 5, 2, 12, 8, 7, 5, 3, 5, 2, 3};
  static final int FIRST_YEAR = 2012;
  static final int LAST_YEAR = 2025;

  /** Framework ids and how the abstract names them (the default method's synonyms match these). */
  static final String[] FRAMEWORKS = {"pytorch", "tensorflow", "jax", "keras", "mxnet"};
  static final String[] FRAMEWORK_NAMES = {"PyTorch", "TensorFlow", "JAX", "Keras", "MXNet"};
  /** P(0, 1, 2, 3 frameworks named). */
  static final double[] FRAMEWORK_COUNT_P = {0.40, 0.45, 0.12, 0.03};

  /**
   * The vocabulary, most frequent first (Zipf rank = position). Chosen so that no word matches a framework synonym of the
   * default method; {@link #FILTER_WORD} is near the tail and is not a substring of any other word here.
   */
  static final String[] WORDS = ("the of and a to in we is for that on with this our by as are from model models learning"
      + " network networks neural data training method approach results show propose task performance which be an can"
      + " deep image images language representation representations based using two new state art paper present framework"
      + " features feature loss function large scale dataset datasets problem tasks methods performance evaluation benchmark"
      + " accuracy existing previous work proposed novel system systems different time prediction predictions optimization"
      + " algorithm algorithms training inference efficient efficiency computation parameters parameter layer layers"
      + " attention transformer convolutional recurrent generative adversarial supervised unsupervised self semi"
      + " reinforcement policy agent reward environment graph graphs node nodes edge text speech audio video visual vision"
      + " object detection segmentation classification recognition translation generation retrieval embedding embeddings"
      + " encoder decoder latent space distribution distributions sampling gradient gradients descent stochastic variance"
      + " bias robust robustness adaptation domain transfer pretraining fine tuning zero shot few contrastive objective"
      + " regularization sparse dense low rank matrix tensor kernel linear nonlinear theory theoretical bound bounds"
      + " convergence analysis empirical experiments experimental ablation study studies baseline baselines outperforms"
      + " significantly improvement improvements challenging real world applications synthetic noise noisy labels label"
      + " annotation human evaluation metric metrics quality diverse diversity uncertainty calibration causal inference"
      + " bayesian probabilistic variational autoencoder diffusion score matching energy flow flows normalizing memory"
      + " compute hardware parallel distributed federated privacy differential fairness interpretability explanation"
      + " multimodal cross lingual multilingual corpus corpora token tokens sequence sequences long context window"
      + " pose depth stereo point cloud mesh rendering scene geometry motion tracking temporal spatial resolution"
      + " spectral phoneme acoustic speaker prosody waveform vocoder dialogue question answering summarization entity"
      + " relation knowledge reasoning commonsense symbolic program synthesis planning control robot manipulation"
      + " navigation simulation curriculum exploration bandit regret offline online continual lifelong meta hierarchical"
      + " modular compositional invariance equivariant symmetry manifold hyperbolic quaternion wavelet topological"
      + " persistent homology").split(" ");

  /** The full-text filter of {@code bench share}: a tail word (about 1% of documents contain it). */
  public static final String FILTER_WORD = "quaternion";

  private final long seed;
  private final GuidedPick words;
  private final double[] venueCdf;

  public RowGenerator() {
    this(DEFAULT_SEED);
  }

  public RowGenerator(long seed) {
    this.seed = seed;
    double[] zipf = new double[WORDS.length];
    for (int i = 0; i < zipf.length; i++) {
      zipf[i] = 1.0 / (i + 1);
    }
    this.words = new GuidedPick(cdf(zipf));
    this.venueCdf = cdf(VENUE_WEIGHTS);
    checkFilterWord();
  }

  /** Calls {@code sink} with rows 0..n-1, in order. */
  public void generate(int n, Consumer<BenchRow> sink) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(512);
    List<String> words = new ArrayList<>(48);
    for (int i = 0; i < n; i++) {
      String venue = VENUES[pick(venueCdf, random)];
      int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
      List<Integer> fws = frameworks(year, random);
      int nWords = 20 + random.nextInt(21);
      words.clear();
      for (int w = 0; w < nWords; w++) {
        words.add(WORDS[this.words.pick(random)]);
      }
      // Each framework named once, at a random place in the text: "... implemented in PyTorch ..."
      for (int f : fws) {
        words.add(random.nextInt(words.size() + 1), "implemented in " + FRAMEWORK_NAMES[f]);
      }
      sb.setLength(0);
      for (int w = 0; w < words.size(); w++) {
        if (w > 0) {
          sb.append(' ');
        }
        sb.append(words.get(w));
      }
      sb.append('.');
      List<String> ids = new ArrayList<>(fws.size());
      for (int f = 0; f < FRAMEWORKS.length; f++) {
        if (fws.contains(f)) {
          ids.add(FRAMEWORKS[f]); // in the method's order, as the detector reports them
        }
      }
      sink.accept(new BenchRow("paper:bench:" + i, venue, year, ids, sb.toString()));
    }
  }

  /** 0-3 distinct frameworks; PyTorch gains and TensorFlow loses share as the years go by. */
  private static List<Integer> frameworks(int year, Random random) {
    double u = random.nextDouble();
    int k = 0;
    for (double acc = FRAMEWORK_COUNT_P[0]; u >= acc && k < 3; acc += FRAMEWORK_COUNT_P[++k]) {
      // advance k until the cumulative probability passes u
    }
    double t = (year - FIRST_YEAR) / (double) (LAST_YEAR - FIRST_YEAR);
    double[] w = {0.10 + 0.60 * t, 0.55 - 0.35 * t, 0.02 + 0.10 * t, 0.18 - 0.08 * t, 0.08 - 0.06 * t};
    List<Integer> out = new ArrayList<>(k);
    while (out.size() < k) {
      double total = 0;
      for (int f = 0; f < w.length; f++) {
        total += out.contains(f) ? 0 : w[f];
      }
      double r = random.nextDouble() * total;
      for (int f = 0; f < w.length; f++) {
        if (out.contains(f)) {
          continue;
        }
        r -= w[f];
        if (r < 0 || f == w.length - 1) {
          out.add(f);
          break;
        }
      }
    }
    return out;
  }

  static int pick(double[] cdf, Random random) {
    int i = Arrays.binarySearch(cdf, random.nextDouble());
    return Math.min(i < 0 ? -i - 1 : i, cdf.length - 1);
  }

  /**
   * Draws indexes by cumulative weights as {@link #pick} does, the same index for the same random number, without its binary
   * search: a guide table says where in the CDF each of {@code 4n} equal slices of [0, 1) begins, and a short walk from there
   * finds the first entry at or above the number (Chen's method; about two steps instead of nine for the 400 words). The words
   * are most of a row's draws, and the generator runs on the thread that feeds the indexing threads.
   */
  static final class GuidedPick {
    private final double[] cdf;
    private final int[] guide;

    GuidedPick(double[] cdf) {
      this.cdf = cdf;
      this.guide = new int[cdf.length * 4];
      int i = 0;
      for (int j = 0; j < guide.length; j++) {
        double sliceStart = j / (double) guide.length;
        while (i < cdf.length - 1 && cdf[i] < sliceStart) {
          i++;
        }
        guide[j] = i; // no entry before i reaches the slice's start, so no number in the slice picks one
      }
    }

    int pick(Random random) {
      double u = random.nextDouble();
      int i = guide[Math.min((int) (u * guide.length), guide.length - 1)];
      while (i < cdf.length - 1 && cdf[i] < u) {
        i++;
      }
      return i;
    }
  }

  static double[] cdf(double[] weights) {
    double total = Arrays.stream(weights).sum();
    double[] out = new double[weights.length];
    double acc = 0;
    for (int i = 0; i < weights.length; i++) {
      acc += weights[i];
      out[i] = acc / total;
    }
    return out;
  }

  /**
   * Lucene's {@code text:WORD} matches the token, DuckDB's {@code ILIKE '%WORD%'} any substring: they mean the same only if no
   * other text the generator writes contains the word.
   */
  private static void checkFilterWord() {
    int found = 0;
    for (String w : WORDS) {
      if (w.equals(FILTER_WORD)) {
        found++;
      } else if (w.contains(FILTER_WORD)) {
        throw new IllegalStateException(FILTER_WORD + " is a substring of " + w);
      }
    }
    for (String name : FRAMEWORK_NAMES) {
      if (("implemented in " + name).toLowerCase().contains(FILTER_WORD)) {
        throw new IllegalStateException(FILTER_WORD + " occurs in a framework mention");
      }
    }
    if (found != 1) {
      throw new IllegalStateException(FILTER_WORD + " must be in the vocabulary once");
    }
  }
}
