package dev.framewatch.analytics.classify;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Trains a {@link TextClassifier} of any kind from labelled texts: {@code bow}, {@code nb}, {@code lr} (words), {@code minilm},
 * {@code bge} (a sentence encoder) and {@code minilm+bow}, {@code bge+bow} (both under one head).
 */
public final class ClassifierTraining {
  /** Texts per run of the sentence encoder: large enough to keep ONNX Runtime's threads busy, small enough to pad little. */
  public static final int ENCODER_BATCH = 32;
  /** Every kind, cheapest first (on a tie of macro-F1 the first listed wins). */
  public static final List<String> KINDS = List.of(BowClassifier.KIND, BowClassifier.NAIVE_BAYES, BowClassifier.LOGISTIC,
      "minilm", "bge", "minilm+bow", "bge+bow");

  private final Device device;
  private final Device encoderDevice;
  /**
   * Embeddings of training texts by encoder kind, so {@code bge} and {@code bge+bow} encode the training set once. Only
   * training: held-out texts are encoded by the classifier itself, so its throughput is measured, not looked up.
   */
  private final Map<String, Map<String, float[]>> trainingEmbeddings = new HashMap<>();

  /** Heads trained on {@code device}, encoders run on the CPU. */
  public ClassifierTraining(Device device) {
    this(device, Device.cpu());
  }

  /**
   * @param device where DJL (PyTorch) trains the heads
   * @param encoderDevice where ONNX Runtime runs the sentence encoders
   */
  public ClassifierTraining(Device device, Device encoderDevice) {
    this.device = device;
    this.encoderDevice = encoderDevice;
  }

  /** Whether a kind runs a sentence encoder ({@code minilm}, {@code bge+bow}, ...). */
  public static boolean usesEncoder(String kind) {
    return EncoderModel.ALL.stream().anyMatch(e -> kind.equals(e.kind()) || kind.equals(e.kind() + EncoderModel.WithWords.SUFFIX));
  }

  /** The engine that trained a kind's head: DJL's PyTorch for the bag of words and the encoders' heads, else plain Java. */
  public static String trainingEngine(String kind) {
    return kind.equals(BowClassifier.NAIVE_BAYES) || kind.equals(BowClassifier.LOGISTIC) ? "plain Java" : "PyTorch";
  }

  /**
   * @param classes the task's classes in output order; examples of classes absent from the data simply never win
   * @param encoded called with the number of texts featurized so far (the sentence encoder is the slow part)
   */
  public TextClassifier train(String kind, List<LabelledText> data, List<String> classes, IntConsumer encoded) {
    int[] ys = labels(data, classes);
    List<String> texts = data.stream().map(LabelledText::text).toList();
    HashedFeatures f = HashedFeatures.STANDARD;
    switch (kind) {
      case BowClassifier.KIND, BowClassifier.NAIVE_BAYES, BowClassifier.LOGISTIC -> {
        List<SparseVector> xs = new ArrayList<>(texts.size());
        for (String t : texts) {
          xs.add(f.of(t));
        }
        encoded.accept(xs.size());
        LinearHead head = switch (kind) {
          case BowClassifier.NAIVE_BAYES -> WordHeads.naiveBayes(xs, ys, classes, f.dimension());
          case BowClassifier.LOGISTIC -> WordHeads.logistic(xs, ys, classes, f.dimension());
          default -> new HeadTrainer(device, TrainingOptions.BOW).trainSparse(xs, ys, classes, f.dimension());
        };
        return new BowClassifier(kind, f, head);
      }
      case "minilm", "bge", "minilm+bow", "bge+bow" -> {
        EncoderModel spec = EncoderModel.ofKind(kind);
        SentenceEncoder encoder = new SentenceEncoder(spec, SentenceEncoder.DEFAULT_MAX_TOKENS, encoderDevice);
        try {
          List<float[]> embeddings = encodeCached(encoder, texts, encoded);
          if (!kind.endsWith(EncoderModel.WithWords.SUFFIX)) {
            return new EmbeddingClassifier(encoder, null,
                new HeadTrainer(device, TrainingOptions.DENSE).trainDense(embeddings, ys, classes));
          }
          List<SparseVector> xs = new ArrayList<>(texts.size());
          for (int i = 0; i < texts.size(); i++) {
            xs.add(EmbeddingClassifier.joined(embeddings.get(i), f.of(texts.get(i))));
          }
          return new EmbeddingClassifier(encoder, f, new HeadTrainer(device, TrainingOptions.BOW)
              .trainSparse(xs, ys, classes, spec.dimension() + f.dimension()));
        } catch (RuntimeException e) {
          encoder.close();
          throw e;
        }
      }
      default -> throw new IllegalArgumentException("unknown model kind " + kind + " (expected one of " + KINDS + ")");
    }
  }

  private List<float[]> encodeCached(SentenceEncoder encoder, List<String> texts, IntConsumer encoded) {
    Map<String, float[]> cache = trainingEmbeddings.computeIfAbsent(encoder.spec().kind(), k -> new HashMap<>());
    List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
    List<float[]> fresh = encode(encoder, missing, encoded);
    for (int i = 0; i < missing.size(); i++) {
      cache.put(missing.get(i), fresh.get(i));
    }
    encoded.accept(texts.size());
    return texts.stream().map(cache::get).toList();
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
