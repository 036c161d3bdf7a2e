package dev.framewatch.analytics.classify;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Trains a {@link TextClassifier} of either kind from labelled texts. */
public final class ClassifierTraining {
  /** Texts per run of the sentence encoder: large enough to keep ONNX Runtime's threads busy, small enough to pad little. */
  public static final int ENCODER_BATCH = 32;

  private final Device device;

  public ClassifierTraining(Device device) {
    this.device = device;
  }

  /**
   * @param classes the task's classes in output order; examples of classes absent from the data simply never win
   * @param encoded called with the number of texts featurized so far (the sentence encoder is the slow part)
   */
  public TextClassifier train(String kind, List<LabelledText> data, List<String> classes, IntConsumer encoded) {
    int[] ys = labels(data, classes);
    List<String> texts = data.stream().map(LabelledText::text).toList();
    return switch (kind) {
      case BowClassifier.KIND -> {
        HashedFeatures f = HashedFeatures.STANDARD;
        List<SparseVector> xs = new ArrayList<>(texts.size());
        for (String t : texts) {
          xs.add(f.of(t));
        }
        encoded.accept(xs.size());
        yield new BowClassifier(f, new HeadTrainer(device, TrainingOptions.BOW).trainSparse(xs, ys, classes, f.dimension()));
      }
      case MiniLmClassifier.KIND -> {
        SentenceEncoder encoder = new SentenceEncoder(SentenceEncoder.DEFAULT_MAX_TOKENS);
        List<float[]> xs = encode(encoder, texts, encoded);
        yield new MiniLmClassifier(encoder, new HeadTrainer(device, TrainingOptions.DENSE).trainDense(xs, ys, classes));
      }
      default -> throw new IllegalArgumentException("unknown model kind " + kind + " (expected bow or minilm)");
    };
  }

  static List<float[]> encode(SentenceEncoder encoder, List<String> texts, IntConsumer encoded) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (int start = 0; start < texts.size(); start += ENCODER_BATCH) {
      out.addAll(encoder.encode(texts.subList(start, Math.min(texts.size(), start + ENCODER_BATCH))));
      encoded.accept(out.size());
    }
    return out;
  }

  private static int[] labels(List<LabelledText> data, List<String> classes) {
    int[] ys = new int[data.size()];
    for (int i = 0; i < ys.length; i++) {
      ys[i] = classes.indexOf(data.get(i).label());
      if (ys[i] < 0) {
        throw new IllegalArgumentException("label " + data.get(i).label() + " is not one of " + classes);
      }
    }
    return ys;
  }

  /** Predictions in batches, reporting how many texts are done. */
  public static List<Prediction> predictAll(TextClassifier c, List<String> texts, IntConsumer done) {
    List<Prediction> out = new ArrayList<>(texts.size());
    for (int start = 0; start < texts.size(); start += ENCODER_BATCH) {
      out.addAll(c.predict(texts.subList(start, Math.min(texts.size(), start + ENCODER_BATCH))));
      done.accept(out.size());
    }
    return out;
  }
}
