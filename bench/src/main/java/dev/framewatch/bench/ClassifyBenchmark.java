package dev.framewatch.bench;

import ai.djl.Device;
import dev.framewatch.analytics.classify.BowClassifier;
import dev.framewatch.analytics.classify.ClassifierTraining;
import dev.framewatch.analytics.classify.Domains;
import dev.framewatch.analytics.classify.LabelledText;
import dev.framewatch.analytics.classify.LabelledTexts;
import dev.framewatch.analytics.classify.TextClassifier;
import dev.framewatch.core.vocabulary.Vocabulary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code bench classify}: documents per second of the domain models on this machine's cores. framewatch's chosen model (hashed
 * bag of words, head trained by DJL) against multinomial naive Bayes over the same features in plain Java, both classifying the
 * same texts on every core; then the MiniLM model against the bag of words on a smaller sample, since it is two orders slower.
 * Texts are featurized inside the timing: hashing is part of classifying a document.
 */
public final class ClassifyBenchmark {
  /** The floor for the chosen domain model on 2 CPU cores. */
  static final double TARGET_DOCS_PER_SECOND = 2_000;

  private final int documents;
  private final int runs;
  private final int warmup;
  private final Path data;
  private final int minilmDocs;
  private final PrintStream progress;

  public ClassifyBenchmark(int documents, int runs, int warmup, Path data, int minilmDocs, PrintStream progress) {
    this.documents = documents;
    this.runs = runs;
    this.warmup = warmup;
    this.data = data;
    this.minilmDocs = minilmDocs;
    this.progress = progress;
  }

  public BenchReport run() throws Exception {
    List<LabelledText> corpus = corpus();
    List<String> texts = corpus.stream().map(LabelledText::text).toList();
    List<String> labels = corpus.stream().map(LabelledText::label).toList();
    int threads = Runtime.getRuntime().availableProcessors();
    progress.printf(Locale.ROOT, "bench classify: %,d texts (%s), training both models...%n", texts.size(),
        data == null ? "generated" : data);
    List<LabelledText> trainSet = corpus.subList(0, Math.min(corpus.size(), 20_000));
    long t0 = System.nanoTime();
    TextClassifier bow = new ClassifierTraining(Device.cpu()).train(BowClassifier.KIND, trainSet, Domains.ALL, n -> {});
    double bowTrainS = (System.nanoTime() - t0) / 1e9;
    t0 = System.nanoTime();
    NaiveBayesPeer bayes = new NaiveBayesPeer(((BowClassifier) bow).features(), Domains.ALL,
        trainSet.stream().map(LabelledText::text).toList(), trainSet.stream().map(LabelledText::label).toList());
    double bayesTrainS = (System.nanoTime() - t0) / 1e9;

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Comparison> comparisons = new ArrayList<>();
    Map<String, Object> setup = new LinkedHashMap<>();
    try {
      BowClassifier b = (BowClassifier) bow;
      String[] fwOut = new String[texts.size()];
      String[] peerOut = new String[texts.size()];
      progress.println("bench classify: timing bag of words vs naive Bayes...");
      SideBySide.Timing t = SideBySide.time(warmup, runs,
          () -> parallel(pool, threads, texts, fwOut, x -> b.predict(x).label()),
          () -> parallel(pool, threads, texts, peerOut, bayes::predict));
      double fwRate = texts.size() / (t.framewatchMs() / 1000);
      double peerRate = texts.size() / (t.peerMs() / 1000);
      int agree = 0;
      int fwRight = 0;
      int peerRight = 0;
      for (int i = 0; i < texts.size(); i++) {
        agree += fwOut[i].equals(peerOut[i]) ? 1 : 0;
        fwRight += fwOut[i].equals(labels.get(i)) ? 1 : 0;
        peerRight += peerOut[i].equals(labels.get(i)) ? 1 : 0;
      }
      comparisons.add(new Comparison("domain-bow", t.framewatchMs(), "naive Bayes, same features, plain Java",
          t.peerMs(), fwRate / peerRate, ">= " + (int) TARGET_DOCS_PER_SECOND + " docs/s",
          fwRate >= TARGET_DOCS_PER_SECOND, fwRate, peerRate, String.format(Locale.ROOT,
              "%d threads; predictions agree on %.1f%%; training-set accuracy %.3f vs %.3f (both fit the first %,d texts)",
              threads, 100.0 * agree / texts.size(), fwRight / (double) texts.size(), peerRight / (double) texts.size(),
              trainSet.size())));
      setup.put("train_seconds_bow_djl", round(bowTrainS));
      setup.put("train_seconds_naive_bayes", round(bayesTrainS));
      if (minilmDocs > 0) {
        comparisons.add(minilm(texts.subList(0, Math.min(minilmDocs, texts.size())), trainSet, b));
      }
    } finally {
      pool.shutdownNow();
    }
    setup.put("texts", data == null ? "generated abstracts (about 150 words)" : data.toString());
    setup.put("mean_text_chars", texts.stream().mapToInt(String::length).average().orElse(0));
    setup.put("threads", threads);
    return new BenchReport("classify", texts.size(), runs, warmup, Machine.current(), setup, comparisons);
  }

  /** MiniLM against the bag of words on a sample, one timed pass each (a pass is minutes for large samples). */
  private Comparison minilm(List<String> sample, List<LabelledText> trainSet, BowClassifier bow) {
    progress.printf(Locale.ROOT, "bench classify: MiniLM on %,d texts...%n", sample.size());
    List<LabelledText> headData = trainSet.subList(0, Math.min(trainSet.size(), 256));
    try (TextClassifier minilm = new ClassifierTraining(Device.cpu()).train("minilm", headData, Domains.ALL, n -> {})) {
      minilm.predict(sample.subList(0, Math.min(sample.size(), ClassifierTraining.ENCODER_BATCH))); // warm the session
      double mMs = SideBySide.millis(() -> ClassifierTraining.predictAll(minilm, sample, n -> {}));
      double bMs = SideBySide.millis(() -> bow.predict(sample));
      double mRate = sample.size() / (mMs / 1000);
      double bRate = sample.size() / (bMs / 1000);
      return new Comparison("domain-minilm", mMs, "domain-bow, same texts, one thread", bMs, mRate / bRate,
          ">= " + (int) TARGET_DOCS_PER_SECOND + " docs/s", mRate >= TARGET_DOCS_PER_SECOND, mRate, bRate,
          "batches of " + ClassifierTraining.ENCODER_BATCH + ", ONNX Runtime on every core, "
              + "max 256 tokens; one timed pass over " + sample.size() + " texts");
    }
  }

  private static void parallel(ExecutorService pool, int threads, List<String> texts, String[] out,
      Function<String, String> classify) {
    List<Future<?>> parts = new ArrayList<>();
    int chunk = (texts.size() + threads - 1) / threads;
    for (int t = 0; t < threads; t++) {
      int from = t * chunk;
      int to = Math.min(texts.size(), from + chunk);
      parts.add(pool.submit(() -> {
        for (int i = from; i < to; i++) {
          out[i] = classify.apply(texts.get(i));
        }
      }));
    }
    for (Future<?> f : parts) {
      try {
        f.get();
      } catch (Exception e) {
        throw new IllegalStateException("classification failed: " + e.getMessage(), e);
      }
    }
  }

  /**
   * Real texts from {@code --data} (cycled up to {@code --docs}), or generated ones: five generated abstracts joined, about the
   * length of a real title and abstract, labelled by their venue's domain (general venues: {@code other}).
   */
  private List<LabelledText> corpus() {
    List<LabelledText> out = new ArrayList<>(documents);
    if (data != null) {
      List<LabelledText> file = LabelledTexts.read(data, Domains.ALL);
      for (int i = 0; i < documents; i++) {
        out.add(file.get(i % file.size()));
      }
      return out;
    }
    Vocabulary vocabulary = Vocabulary.standard();
    List<BenchRow> rows = new ArrayList<>(documents * 5);
    new RowGenerator().generate(documents * 5, rows::add);
    for (int i = 0; i < documents; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 5; j++) {
        sb.append(rows.get(i * 5 + j).abstractText()).append(' ');
      }
      String venue = rows.get(i * 5).venue();
      out.add(new LabelledText(sb.toString().trim(), vocabulary.domainOfVenue(venue).orElse("other")));
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
