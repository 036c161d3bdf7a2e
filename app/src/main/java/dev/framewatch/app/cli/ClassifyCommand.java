package dev.framewatch.app.cli;

import ai.djl.Device;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.classify.ClassifierTraining;
import dev.framewatch.analytics.classify.ClassifyTask;
import dev.framewatch.analytics.classify.CorpusDocument;
import dev.framewatch.analytics.classify.DeviceChoice;
import dev.framewatch.analytics.classify.DomainText;
import dev.framewatch.analytics.classify.Evaluation;
import dev.framewatch.analytics.classify.EvaluationFormat;
import dev.framewatch.analytics.classify.HoldoutSplit;
import dev.framewatch.analytics.classify.IndexCorpus;
import dev.framewatch.analytics.classify.LabelledText;
import dev.framewatch.analytics.classify.LabelledTexts;
import dev.framewatch.analytics.classify.ModelComparison;
import dev.framewatch.analytics.classify.ModelStore;
import dev.framewatch.analytics.classify.Prediction;
import dev.framewatch.analytics.classify.UsageLabeller;
import dev.framewatch.analytics.classify.UsageRules;
import dev.framewatch.analytics.classify.WeakDomainLabels;
import dev.framewatch.app.Framewatch;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.app.kafka.LabelsPublisher;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.index.IndexDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code framewatch classify train|apply|eval}: the domain classifier and the usage-vs-mention classifier (hashed bag of words
 * vs MiniLM embeddings, each with a head trained by DJL). Train from weak labels the index carries, or from a JSON-lines file;
 * evaluate on a file; apply to the indexed documents (for domains, those the rules give none), publishing labels to Kafka.
 */
@Command(name = "classify", description = "Train, apply or evaluate the DJL classifiers (domain; usage vs mention).")
public final class ClassifyCommand extends FramewatchCommand {
  private static final List<String> ACTIONS = List.of("train", "apply", "eval");

  @Parameters(index = "0", paramLabel = "ACTION", description = "train, apply or eval")
  String action;

  @Option(names = "--task", defaultValue = "domain", description = "domain (default) or usage (use vs mention of a framework).")
  String taskName;

  @Option(names = "--model",
      description = "train: bow, minilm, or both (default; keeps the one with the higher held-out macro-F1); "
          + "eval --task usage: rules scores the rules baseline instead of the trained model.")
  String model;

  @Option(names = "--data", paramLabel = "FILE",
      description = "JSON lines {\"text\": ..., \"label\": ...}: train on it instead of the index's weak labels; eval on it.")
  Path data;

  @Option(names = "--format", defaultValue = "table", description = "eval output: table or json.")
  String format;

  @Option(names = "--device", description = "auto, cpu or gpu (default: setting classify.device).")
  String device;

  @Option(names = "--holdout", defaultValue = "20", paramLabel = "PERCENT",
      description = "train: percent of examples held out to compare and score the models (default 20).")
  int holdout;

  @Option(names = "--version", description = "eval/apply: the model version to use (default: the newest).")
  String version;

  @Option(names = "--all", description = "apply: label every paper, job and model, also those whose venue or tag gives a domain.")
  boolean all;

  @Override
  public Integer call() {
    if (!ACTIONS.contains(action)) {
      throw new IllegalArgumentException("classify: unknown action " + action + " (expected train, apply or eval)");
    }
    ClassifyTask task = ClassifyTask.parse(taskName);
    if (!List.of("table", "json").contains(format)) {
      throw new IllegalArgumentException("classify: unknown format " + format + " (expected table or json)");
    }
    if (action.equals("eval") && data == null) {
      throw new IllegalArgumentException("classify eval needs --data FILE (JSON lines with text and label)");
    }
    boolean rules = "rules".equals(model);
    if (rules && !(action.equals("eval") && task == ClassifyTask.USAGE)) {
      throw new IllegalArgumentException("classify: --model rules is the usage baseline, for eval --task usage only");
    }
    List<String> kinds = switch (model == null ? "both" : model) {
      case "bow" -> List.of("bow");
      case "minilm" -> List.of("minilm");
      case "both", "rules" -> List.of("bow", "minilm");
      default -> throw new IllegalArgumentException("classify: unknown model " + model + " (expected bow, minilm or both)");
    };
    Settings settings = device == null ? settings() : settings().with("classify.device", device);
    settings.validate();
    ModelStore store = new ModelStore(settings.dataDir().resolve("models"), Clock.systemUTC());
    switch (action) {
      case "train" -> train(settings, store, task, kinds, data, holdout, out(), err());
      case "eval" -> eval(store, task, rules);
      default -> {
        if (task == ClassifyTask.DOMAIN) {
          requireIndex(settings);
          try (EmbeddedBroker.Handle kafka = KafkaAccess.open(settings)) {
            applyDomain(settings, kafka.bootstrapServers(), store, version, all, out(), err());
          }
        } else {
          applyUsage(settings, store);
        }
      }
    }
    return Framewatch.EXIT_OK;
  }

  /**
   * Trains the task's models on {@code data} (null: the index's weak labels), keeps the one with the higher held-out macro-F1
   * under {@code store}, and reports the evaluation on {@code out}. The demo calls this too.
   */
  static void train(Settings settings, ModelStore store, ClassifyTask task, List<String> kinds, Path data, int holdout,
      PrintWriter out, PrintWriter err) {
    List<LabelledText> examples;
    Map<String, Integer> bySource;
    if (data != null) {
      examples = task.prepare(LabelledTexts.read(data, task.classes()));
      bySource = Map.of("file " + data.getFileName(), examples.size());
    } else if (task == ClassifyTask.USAGE) {
      examples = usageLabeller(settings, UsageLabeller.rules()).weakLabels(IndexCorpus.read(settings.indexDir()));
      if (examples.isEmpty()) {
        throw new IllegalArgumentException("classify train --task usage: no sentence in " + settings.indexDir()
            + " names a framework right after a strong cue (\"implemented in\", \"unlike\", ...); use --data FILE");
      }
      bySource = Map.of("sentences with a strong cue", examples.size());
    } else {
      WeakDomainLabels.Labelled weak = WeakDomainLabels.standard().label(IndexCorpus.read(settings.indexDir()));
      if (weak.texts().isEmpty()) {
        throw new IllegalArgumentException("classify train: no document in " + settings.indexDir() + " carries a weak domain "
            + "label (a single-domain venue, an arXiv category or a Hugging Face pipeline tag); import some, or use --data FILE");
      }
      examples = weak.texts();
      bySource = weak.bySource();
    }
    Map<String, Integer> byClass = countByClass(examples, task.classes());
    List<String> missing = task.classes().stream().filter(c -> !byClass.containsKey(c)).toList();
    out.printf(Locale.ROOT, "training data: %,d examples %s, from %s%n", examples.size(), byClass, bySource);
    if (!missing.isEmpty()) {
      out.println("no examples of " + missing + ": the model cannot predict these classes");
    }
    Device d = DeviceChoice.resolve(settings.classifyDevice());
    out.println("device: " + DeviceChoice.describe(d) + " (classify.device=" + settings.classifyDevice() + ")");
    HoldoutSplit split = HoldoutSplit.of(examples, holdout);
    ModelComparison.Result result;
    try (Progress progress = new Progress("train", "texts", (long) kinds.size() * examples.size(), err)) {
      long[] base = {0};
      int[] last = {0};
      result = ModelComparison.run(new ClassifierTraining(d), kinds, split, task.classes(), n -> {
        base[0] += n < last[0] ? last[0] : 0; // each phase counts from zero again
        last[0] = n;
        progress.advanceTo(base[0] + n);
      });
    }
    ObjectNode manifest = Json.mapper().createObjectNode();
    manifest.put("device", DeviceChoice.describe(d));
    ObjectNode training = manifest.putObject("training");
    training.put("examples", split.train().size()).put("held_out", split.heldOut().size());
    training.putPOJO("by_class", byClass).putPOJO("by_source", bySource);
    ObjectNode evals = manifest.putObject("evaluation");
    for (ModelComparison.Candidate c : result.candidates()) {
      out.printf(Locale.ROOT, "%n%s: held-out macro-F1 %.4f (%,d examples), trained in %.1f s%n", c.classifier().kind(),
          c.evaluation().macroF1(), c.evaluation().examples(), c.trainSeconds());
      out.print(EvaluationFormat.table(c.evaluation()));
      evals.set(c.classifier().kind(), EvaluationFormat.json(c.evaluation()));
    }
    manifest.put("chosen_over", result.candidates().size() > 1 ? "held-out macro-F1" : "only candidate");
    try (var winner = result.winner().classifier()) {
      Path dir = store.save(task.id(), winner, manifest);
      out.printf(Locale.ROOT, "%nkept %s (held-out macro-F1 %.4f): %s%n", winner.kind(),
          result.winner().evaluation().macroF1(), dir);
    }
  }

  private int eval(ModelStore store, ClassifyTask task, boolean rules) {
    List<LabelledText> examples = task.prepare(LabelledTexts.read(data, task.classes()));
    List<String> texts = examples.stream().map(LabelledText::text).toList();
    List<String> predicted;
    String kind;
    String modelVersion;
    if (rules) {
      predicted = texts.stream().map(UsageRules::decide).toList();
      kind = "rules";
      modelVersion = "-";
    } else {
      ModelStore.Stored stored = store.load(task.id(), Optional.ofNullable(version));
      try (var c = stored.classifier();
          Progress progress = new Progress("eval", "texts", examples.size(), err())) {
        predicted = ClassifierTraining.predictAll(c, texts, progress::advanceTo).stream().map(Prediction::label).toList();
        kind = c.kind();
        modelVersion = stored.version();
      }
    }
    Evaluation e = Evaluation.of(examples.stream().map(LabelledText::label).toList(), predicted, task.classes());
    if (format.equals("json")) {
      ObjectNode o = EvaluationFormat.json(e);
      o.putObject("model").put("task", task.id()).put("kind", kind).put("version", modelVersion);
      out().println(o);
    } else {
      out().printf(Locale.ROOT, "model: %s %s version %s%n", task.id(), kind, modelVersion);
      out().print(EvaluationFormat.table(e));
    }
    return Framewatch.EXIT_OK;
  }

  private static void requireIndex(Settings settings) {
    if (!IndexDirectory.exists(settings.indexDir())) {
      throw new IllegalArgumentException("classify apply: no index at " + settings.indexDir() + ": run `framewatch index` first");
    }
  }

  private static UsageLabeller usageLabeller(Settings settings,
      java.util.function.Function<List<String>, List<Prediction>> classify) {
    return new UsageLabeller(new FrameworkDetector(MethodLoader.load(settings.defaultMethod())), classify);
  }

  /** The document's labels with one task's label set: a labels message carries the whole label state. */
  private static Labels withLabel(CorpusDocument doc, String task, Labels.Label label) {
    Map<String, Labels.Label> byTask = new LinkedHashMap<>(doc.labels() == null ? Map.of() : doc.labels().byTask());
    byTask.put(task, label);
    return new Labels(doc.record().id(), byTask);
  }

  private int applyUsage(Settings settings, ModelStore store) {
    requireIndex(settings);
    ModelStore.Stored stored = store.load("usage", Optional.ofNullable(version));
    String modelName = "usage-" + stored.classifier().kind();
    Map<String, Integer> verdicts = new TreeMap<>();
    int[] labelled = {0};
    try (var c = stored.classifier();
        EmbeddedBroker.Handle kafka = KafkaAccess.open(settings);
        LabelsPublisher publisher = new LabelsPublisher(kafka.bootstrapServers(), KafkaAccess.topics(settings));
        Progress progress = new Progress("classify", "docs", IndexCorpus.size(settings.indexDir()), err())) {
      UsageLabeller labeller = usageLabeller(settings, c::predict);
      IndexCorpus.forEach(settings.indexDir(), doc -> {
        labeller.verdict(doc.record()).ifPresent(v -> {
          publisher.publish(withLabel(doc, "usage", new Labels.Label(v.value(), v.confidence(), modelName,
              stored.version())));
          labelled[0]++;
          for (String part : v.value().split(",")) {
            verdicts.merge(part, 1, Integer::sum);
          }
        });
        progress.advance(1);
      });
      publisher.flush();
      progress.close();
      out().printf(Locale.ROOT, "labelled %,d documents with %s version %s %s, published to %s; `framewatch index` applies them"
          + " (they change counts only under a method with usage-classifier = decides)%n", labelled[0], modelName,
          stored.version(), verdicts, publisher.topic());
    }
    return Framewatch.EXIT_OK;
  }


  /**
   * Labels the index's papers, jobs and models with the newest (or {@code version}) domain model, publishing to the labels topic
   * at {@code bootstrapServers}; {@code all} also labels those whose venue or pipeline tag gives a domain. The demo calls this too.
   */
  static void applyDomain(Settings settings, String bootstrapServers, ModelStore store, String version, boolean all,
      PrintWriter out, PrintWriter err) {
    ModelStore.Stored stored = store.load("domain", Optional.ofNullable(version));
    String modelName = "domain-" + stored.classifier().kind();
    Map<String, Map<String, Integer>> byKind = new TreeMap<>();
    int[] labelled = {0};
    try (var c = stored.classifier();
        LabelsPublisher publisher = new LabelsPublisher(bootstrapServers, KafkaAccess.topics(settings));
        Progress progress = new Progress("classify", "docs", IndexCorpus.size(settings.indexDir()), err)) {
      // Batches of documents, not the whole index: the sentence encoder wants batches, and memory stays flat.
      List<CorpusDocument> batch = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      Runnable flushBatch = () -> {
        List<Prediction> predicted = c.predict(texts);
        for (int i = 0; i < batch.size(); i++) {
          CorpusDocument doc = batch.get(i);
          Prediction p = predicted.get(i);
          publisher.publish(withLabel(doc, "domain", new Labels.Label(p.label(), p.confidence(), modelName,
              stored.version())));
          byKind.computeIfAbsent(doc.record().kind().wireName(), k -> new TreeMap<>()).merge(p.label(), 1, Integer::sum);
        }
        labelled[0] += batch.size();
        batch.clear();
        texts.clear();
      };
      IndexCorpus.forEach(settings.indexDir(), doc -> {
        Optional<String> text = DomainText.of(doc.record());
        if (text.isPresent() && (all || !doc.hasRuleDomain())) {
          batch.add(doc);
          texts.add(text.get());
          if (batch.size() == ClassifierTraining.ENCODER_BATCH) {
            flushBatch.run();
          }
        }
        progress.advance(1);
      });
      flushBatch.run();
      publisher.flush();
      progress.close();
      out.printf(Locale.ROOT, "labelled %,d documents with %s version %s %s, published to %s; `framewatch index` applies them%n",
          labelled[0], modelName, stored.version(), byKind, publisher.topic());
    }
  }


  private static Map<String, Integer> countByClass(List<LabelledText> examples, List<String> classes) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (String c : classes) {
      int n = (int) examples.stream().filter(e -> e.label().equals(c)).count();
      if (n > 0) {
        out.put(c, n);
      }
    }
    return out;
  }
}
