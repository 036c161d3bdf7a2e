package dev.framewatch.analytics.classify;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link LinearHead} with DJL (PyTorch engine, on the chosen device): one logit per class with a logistic loss
 * (one-vs-rest) rather than a softmax, because DJL's zero-gradient check trips on a softmax's first step; examples weighted by
 * the inverse frequency of their class, so a small class is not drowned; Adam, no weight decay.
 *
 * <p>Sparse inputs are never densified: each step gathers the weight rows of the batch's buckets ({@code W[idx]}), so a step
 * costs the batch's non-zeros, not 2^18 columns per example.
 */
public final class HeadTrainer {
  /** The engine is named: with OnnxRuntime on the class path too, DJL's default engine would be whichever loaded first. */
  public static final String ENGINE = "PyTorch";

  private final Device device;
  private final TrainingOptions options;

  public HeadTrainer(Device device, TrainingOptions options) {
    this.device = device;
    this.options = options;
  }

  /**
   * Trains over only the buckets the examples use, renumbered densely, then spreads the weights back over all {@code dimension}
   * buckets. Exactly equivalent (a bucket no example uses gets no gradient, so Adam leaves it at zero) and the optimizer then
   * updates thousands of rows per step instead of 2^18.
   */
  public LinearHead trainSparse(List<SparseVector> xs, int[] ys, List<String> classes, int dimension) {
    int[] used = xs.stream().flatMapToInt(x -> java.util.Arrays.stream(x.indices())).distinct().sorted().toArray();
    List<SparseVector> compact = new ArrayList<>(xs.size());
    for (SparseVector x : xs) {
      int[] idx = new int[x.size()];
      for (int j = 0; j < idx.length; j++) {
        idx[j] = java.util.Arrays.binarySearch(used, x.indices()[j]);
      }
      compact.add(new SparseVector(idx, x.values()));
    }
    int rows = Math.max(1, used.length);
    LinearHead small = train(xs.size(), ys, classes, rows, (m, w, batch) -> sparseLogits(m, w, compact, batch));
    int k = classes.size();
    float[] full = new float[dimension * k];
    for (int r = 0; r < used.length; r++) {
      System.arraycopy(small.weights(), r * k, full, used[r] * k, k);
    }
    return new LinearHead(classes, dimension, full, small.bias());
  }

  public LinearHead trainDense(List<float[]> xs, int[] ys, List<String> classes) {
    int dimension = xs.isEmpty() ? 0 : xs.get(0).length;
    return train(xs.size(), ys, classes, dimension, (m, w, batch) -> {
      float[] flat = new float[batch.length * dimension];
      for (int i = 0; i < batch.length; i++) {
        System.arraycopy(xs.get(batch[i]), 0, flat, i * dimension, dimension);
      }
      return m.create(flat, new Shape(batch.length, dimension)).matMul(w);
    });
  }

  private interface Logits {
    NDArray of(NDManager manager, NDArray weights, int[] batch);
  }

  private LinearHead train(int n, int[] ys, List<String> classes, int dimension, Logits logits) {
    if (n == 0) {
      throw new IllegalArgumentException("no training examples");
    }
    int k = classes.size();
    double[] classWeight = classWeights(ys, k);
    Engine engine = Engine.getEngine(ENGINE);
    try (NDManager manager = engine.newBaseManager(device)) {
      NDArray w = manager.zeros(new Shape(dimension, k));
      NDArray b = manager.zeros(new Shape(k));
      w.setRequiresGradient(true);
      b.setRequiresGradient(true);
      Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(options.learningRate())).build();
      Random random = new Random(options.seed());
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      for (int epoch = 0, epochs = options.epochsFor(n); epoch < epochs; epoch++) {
        shuffle(order, random);
        for (int start = 0; start < n; start += options.batchSize()) {
          int[] batch = java.util.Arrays.copyOfRange(order, start, Math.min(n, start + options.batchSize()));
          try (NDManager step = manager.newSubManager()) {
            float[] target = new float[batch.length * k];
            float[] weight = new float[batch.length];
            for (int i = 0; i < batch.length; i++) {
              target[i * k + ys[batch[i]]] = 1;
              weight[i] = (float) classWeight[ys[batch[i]]];
            }
            NDArray y = step.create(target, new Shape(batch.length, k));
            NDArray sw = step.create(weight, new Shape(batch.length, 1));
            try (GradientCollector gc = engine.newGradientCollector()) {
              NDArray z = logits.of(step, w, batch).add(b);
              // log(1 + e^z) - y z, written to stay finite for large |z|.
              NDArray loss = z.maximum(0).sub(z.mul(y)).add(z.abs().neg().exp().add(1).log());
              gc.backward(loss.mul(sw).sum().div(batch.length));
            }
            adam.update("w", w, w.getGradient());
            adam.update("b", b, b.getGradient());
            w.getGradient().subi(w.getGradient());
            b.getGradient().subi(b.getGradient());
          }
        }
      }
      return new LinearHead(classes, dimension, w.toType(DataType.FLOAT32, false).toFloatArray(), b.toFloatArray());
    }
  }

  private static NDArray sparseLogits(NDManager m, NDArray w, List<SparseVector> xs, int[] batch) {
    int width = 1;
    for (int i : batch) {
      width = Math.max(width, xs.get(i).size());
    }
    // Padding points at bucket 0 with value 0: it adds nothing to the logits and gets no gradient.
    long[] idx = new long[batch.length * width];
    float[] val = new float[batch.length * width];
    for (int r = 0; r < batch.length; r++) {
      SparseVector x = xs.get(batch[r]);
      for (int j = 0; j < x.size(); j++) {
        idx[r * width + j] = x.indices()[j];
        val[r * width + j] = x.values()[j];
      }
    }
    long k = w.getShape().get(1);
    NDArray rows = w.get(m.create(idx)).reshape(batch.length, width, k);
    return rows.mul(m.create(val, new Shape(batch.length, width, 1))).sum(new int[] {1});
  }

  private static double[] classWeights(int[] ys, int k) {
    int[] count = new int[k];
    for (int y : ys) {
      count[y]++;
    }
    int present = 0;
    for (int c : count) {
      present += c > 0 ? 1 : 0;
    }
    double[] w = new double[k];
    for (int c = 0; c < k; c++) {
      w[c] = count[c] == 0 ? 0 : Math.sqrt(ys.length / (double) (present * count[c]));
    }
    return w;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** Lists the classes in first-seen order. */
  static List<String> classesOf(List<String> labels) {
    List<String> out = new ArrayList<>();
    for (String l : labels) {
      if (!out.contains(l)) {
        out.add(l);
      }
    }
    return out;
  }
}
