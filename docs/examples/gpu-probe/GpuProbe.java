import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.framewatch.analytics.classify.DeviceChoice;
import dev.framewatch.analytics.classify.HeadTrainer;
import dev.framewatch.analytics.classify.LinearHead;
import dev.framewatch.analytics.classify.TrainingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** framewatch's GPU path on a machine with a GPU: what the PyTorch engine reports, what classify.device resolves to, and the
 * linear head trained on the CPU and on the GPU over the same synthetic 384-d features (MiniLM's width). */
public final class GpuProbe {
  public static void main(String[] args) {
    Engine engine = Engine.getEngine(HeadTrainer.ENGINE);
    System.out.println("engine " + engine.getEngineName() + " " + engine.getVersion() + ", gpus " + engine.getGpuCount());
    Device auto = DeviceChoice.resolve("auto");
    System.out.println("classify.device=auto -> " + DeviceChoice.describe(auto));
    try {
      System.out.println("classify.device=gpu -> " + DeviceChoice.describe(DeviceChoice.resolve("gpu")));
    } catch (IllegalArgumentException e) {
      System.out.println("classify.device=gpu -> error: " + e.getMessage());
    }
    int n = Integer.parseInt(args.length > 0 ? args[0] : "50000");
    Random r = new Random(42);
    List<float[]> xs = new ArrayList<>(n);
    int[] ys = new int[n];
    float[][] centres = new float[6][384];
    for (float[] c : centres) for (int d = 0; d < 384; d++) c[d] = (float) r.nextGaussian();
    for (int i = 0; i < n; i++) {
      ys[i] = i % 6;
      float[] x = new float[384];
      for (int d = 0; d < 384; d++) x[d] = centres[ys[i]][d] * 0.3f + (float) r.nextGaussian();
      xs.add(x);
    }
    List<String> classes = List.of("vision", "language", "speech", "rl-robotics", "multimodal", "other");
    List<Device> devices = new ArrayList<>(List.of(Device.cpu()));
    if (auto.isGpu()) devices.add(auto);
    for (Device device : devices) {
      String where = DeviceChoice.describe(device);
      try (NDManager m = NDManager.newBaseManager(device, HeadTrainer.ENGINE)) {
        NDArray a = m.randomNormal(new Shape(4096, 4096));
        a.matMul(a).sum().getFloat();
        long t0 = System.nanoTime();
        for (int i = 0; i < 10; i++) a.matMul(a).sum().getFloat();
        double ms = (System.nanoTime() - t0) / 10e6;
        System.out.printf("matmul 4096^3 fp32 on %s: %.2f ms each (%.1f TFLOP/s)%n", where, ms, 2.0 * 4096 * 4096 * 4096 / ms / 1e9 / 1000);
      } catch (RuntimeException e) {
        System.out.println("matmul on " + where + " failed: " + e.getMessage().lines().findFirst().orElse(""));
      }
      try {
        long t0 = System.nanoTime();
        new HeadTrainer(device, TrainingOptions.DENSE).trainDense(xs.subList(0, 640), java.util.Arrays.copyOf(ys, 640), classes);
        System.out.printf("framewatch HeadTrainer (DJL Adam) on %s: ok, 640 examples in %.2f s%n", where, (System.nanoTime() - t0) / 1e9);
      } catch (RuntimeException e) {
        System.out.println("framewatch HeadTrainer (DJL Adam) on " + where + " failed: " + e.getMessage().lines().findFirst().orElse(""));
      }
      for (int run = 0; run < (device.isGpu() ? 2 : 1); run++) {
        long t0 = System.nanoTime();
        double acc = manualAdam(device, xs, ys, 6, 30, 64, 0.01f);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("head, same loss, hand-written Adam, on %s run %d: %,d x 384, 30 epochs, %.2f s (%,.0f examples/s), train accuracy %.4f%n",
            where, run + 1, n, s, n * 30 / s, acc);
      }
    }
  }

  /** HeadTrainer's loss and schedule with Adam written in NDArray ops, for libtorch builds where DJL's fused update fails. */
  static double manualAdam(Device device, List<float[]> xs, int[] ys, int k, int epochs, int batchSize, float lr) {
    int n = xs.size(), d = xs.get(0).length;
    try (NDManager m = NDManager.newBaseManager(device, HeadTrainer.ENGINE)) {
      float[] flat = new float[n * d];
      float[] onehot = new float[n * k];
      for (int i = 0; i < n; i++) { System.arraycopy(xs.get(i), 0, flat, i * d, d); onehot[i * k + ys[i]] = 1; }
      NDArray x = m.create(flat, new Shape(n, d));
      NDArray y = m.create(onehot, new Shape(n, k));
      NDArray w = m.zeros(new Shape(d, k)), b = m.zeros(new Shape(k));
      NDArray mw = m.zeros(new Shape(d, k)), vw = m.zeros(new Shape(d, k)), mb = m.zeros(new Shape(k)), vb = m.zeros(new Shape(k));
      w.setRequiresGradient(true); b.setRequiresGradient(true);
      Random random = new Random(42);
      int t = 0;
      for (int e = 0; e < epochs; e++) {
        int[] order = random.ints(0, n).limit(n).toArray();
        for (int s = 0; s < n; s += batchSize) {
          try (NDManager step = m.newSubManager()) {
            NDArray idx = step.create(java.util.Arrays.copyOfRange(order, s, Math.min(n, s + batchSize)));
            NDArray xb = x.get(idx), yb = y.get(idx);
            try (ai.djl.training.GradientCollector gc = Engine.getEngine(HeadTrainer.ENGINE).newGradientCollector()) {
              NDArray z = xb.matMul(w).add(b);
              NDArray loss = z.maximum(0).sub(z.mul(yb)).add(z.abs().neg().exp().add(1).log());
              gc.backward(loss.sum().div(xb.getShape().get(0)));
            }
            t++;
            double c1 = 1 - Math.pow(0.9, t), c2 = 1 - Math.pow(0.999, t);
            for (NDArray[] p : new NDArray[][] {{w, mw, vw}, {b, mb, vb}}) {
              NDArray g = p[0].getGradient();
              p[1].muli(0.9f).addi(g.mul(0.1f));
              p[2].muli(0.999f).addi(g.square().mul(0.001f));
              p[0].subi(p[1].div(c1).div(p[2].div(c2).sqrt().add(1e-8f)).mul(lr));
              g.subi(g);
            }
          }
        }
      }
      NDArray pred = x.matMul(w).add(b).argMax(1);
      return pred.eq(y.argMax(1)).sum().getLong() / (double) n;
    }
  }
}
