package dev.framewatch.analytics.classify;

import ai.djl.Device;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.index.IndexDirectory;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The classifiers' work, as {@code classify train|eval|apply} and the demo run it: gather training examples (a JSON-lines file,
 * or the weak labels the index carries), train and keep the better model, score a model on a file, and label the index's
 * documents through a {@link LabelSink}. It returns values; the command line prints them.
 */
public final class ClassifierService {
  private final Path indexDir;
  private final ModelStore store;
  private final Supplier<FrameworkDetector> detector;

  /**
   * @param detector the method's framework detector, asked for only by the usage task (finding the sentences that name a
   *     framework), so the domain task never loads a method
   */
  public ClassifierService(Path indexDir, ModelStore store, Supplier<FrameworkDetector> detector) {
    this.indexDir = indexDir;
    this.store = store;
    this.detector = detector;
  }

  /** The task's examples from {@code data} (JSON lines), or when it is null from the weak labels of the index, uncapped. */
  public TrainingSet trainingSet(ClassifyTask task, Path data) {
    return trainingSet(task, data, Integer.MAX_VALUE);
  }

  /**
   * The task's examples from {@code data} (JSON lines, taken whole: a hand-made file is what its author meant), or when it is
   * null from the weak labels of the index, at most {@code perClass} of each class ({@link TrainingSet#capped}). The index is
   * read one document at a time and only the sample is held, so a 2-million-document index trains in the heap of a small one.
   */
  public TrainingSet trainingSet(ClassifyTask task, Path data, int perClass) {
    if (data != null) {
      List<LabelledText> examples = task.prepare(LabelledTexts.read(data, task.classes()));
      return TrainingSet.of(task, examples, Map.of("file " + data.getFileName(), examples.size()));
    }
    if (task == ClassifyTask.USAGE) {
      UsageLabeller labeller = new UsageLabeller(detector.get(), UsageLabeller.rules());
      Set<LabelledText> sentences = new LinkedHashSet<>(); // a sentence naming two frameworks counts once
      IndexCorpus.forEach(indexDir, d -> sentences.addAll(labeller.weakLabels(d.record())));
      if (sentences.isEmpty()) {
        throw new IllegalArgumentException("classify train --task usage: no sentence in " + indexDir
            + " names a framework right after a strong cue (\"implemented in\", \"unlike\", ...); use --data FILE");
      }
      return TrainingSet.of(task, List.copyOf(sentences), Map.of("sentences with a strong cue", sentences.size()))
          .capped(perClass);
    }
    WeakDomainLabels weak = WeakDomainLabels.standard();
    CappedSample sample = new CappedSample(perClass);
    WeakDomainLabels.Tally tally = new WeakDomainLabels.Tally();
    IndexCorpus.forEach(indexDir, d -> weak.example(d.record()).ifPresent(e -> {
      sample.add(e.text());
      tally.add(e);
    }));
    if (sample.seen() == 0) {
      throw new IllegalArgumentException("classify train: no document in " + indexDir + " carries a weak domain "
          + "label (a single-domain venue, an arXiv category or a Hugging Face pipeline tag); import some, or use --data FILE");
    }
    return sample.toSet(task, tally.bySource(), tally.classesBySource());
  }

  /** A labelled file to score the candidates on instead of a hash hold-out (a later-year split). */
  public List<LabelledText> testSet(ClassifyTask task, Path file) {
    return task.prepare(LabelledTexts.read(file, task.classes()));
  }

  /**
   * Trains each of {@code kinds} ({@code bow}, {@code minilm}) on the set less {@code holdoutPercent} percent of it, scores
   * them on the part held out, and saves the one with the higher macro-F1 (on a tie the first listed) with a manifest of
   * how it was trained. Progress counts texts featurized and predicted, over every kind.
   */
  public TrainingResult train(TrainingSet set, List<String> kinds, int holdoutPercent, Device device, WorkProgress progress) {
    return train(set, kinds, holdoutPercent, null, device, Device.cpu(), progress);
  }

  /**
   * As above, with {@code test} (when not null) as the held-out part instead of a hash hold-out: a later-year file, so the
   * model kept is the one that carries over to later years; the whole set is then trained on. The sentence encoders run on
   * {@code encoderDevice}.
   */
  public TrainingResult train(TrainingSet set, List<String> kinds, int holdoutPercent, List<LabelledText> test, Device device,
      Device encoderDevice, WorkProgress progress) {
    HoldoutSplit split = test == null ? HoldoutSplit.of(set.examples(), holdoutPercent)
        : new HoldoutSplit(set.examples(), List.copyOf(test));
    progress.start((long) kinds.size() * (split.train().size() + split.heldOut().size()));
    ModelComparison.Result result = ModelComparison.run(new ClassifierTraining(device, encoderDevice), kinds, split,
        set.task().classes(), new PhaseCounter(progress));
    ObjectNode manifest = Json.mapper().createObjectNode();
    manifest.put("device", DeviceChoice.describe(device));
    manifest.put("encoder_device", DeviceChoice.describe(encoderDevice));
    ObjectNode training = manifest.putObject("training");
    training.put("examples", split.train().size()).put("held_out", split.heldOut().size())
        .put("held_out_from", test == null ? holdoutPercent + "% hash hold-out" : "test file");
    training.putPOJO("by_class", set.byClass()).putPOJO("by_source", set.bySource());
    if (!set.classesBySource().isEmpty()) {
      training.putPOJO("by_source_and_class", set.classesBySource());
    }
    ObjectNode evals = manifest.putObject("evaluation");
    List<TrainingResult.Candidate> candidates = result.candidates().stream()
        .map(c -> new TrainingResult.Candidate(c.classifier().kind(), c.evaluation(), c.trainSeconds(), c.docsPerSecond(),
            c.classifier().engine(), ClassifierTraining.trainingEngine(c.classifier().kind()))).toList();
    for (TrainingResult.Candidate c : candidates) {
      ObjectNode e = EvaluationFormat.json(c.evaluation());
      e.put("docs_per_second", Math.round(c.docsPerSecond() * 10) / 10.0).put("engine", c.engine())
          .put("head_trained_by", c.trainedBy());
      evals.set(c.kind(), e);
    }
    manifest.put("chosen_over", candidates.size() > 1 ? "held-out macro-F1" : "only candidate");
    try (TextClassifier winner = result.winner().classifier()) {
      Path dir = store.save(set.task().id(), winner, manifest);
      return new TrainingResult(candidates, candidates.get(result.candidates().indexOf(result.winner())), dir,
          DeviceChoice.describe(device));
    }
  }

  /**
   * Scores the newest (or {@code version}) model of the task on a JSON-lines file; with {@code rules}, the usage task's rules
   * baseline instead (kind {@code rules}, version {@code -}).
   */
  public ModelEvaluation evaluate(ClassifyTask task, Path data, boolean rules, Optional<String> version,
      WorkProgress progress) {
    List<LabelledText> examples = task.prepare(LabelledTexts.read(data, task.classes()));
    List<String> texts = examples.stream().map(LabelledText::text).toList();
    List<String> truth = examples.stream().map(LabelledText::label).toList();
    if (rules) {
      List<String> predicted = texts.stream().map(UsageRules::decide).toList();
      return new ModelEvaluation(Evaluation.of(truth, predicted, task.classes()), task, "rules", "-");
    }
    ModelStore.Stored stored = store.load(task.id(), version);
    try (TextClassifier c = stored.classifier()) {
      progress.start(examples.size());
      List<String> predicted = ClassifierTraining.predictAll(c, texts, progress::advanceTo).stream()
          .map(Prediction::label).toList();
      return new ModelEvaluation(Evaluation.of(truth, predicted, task.classes()), task, c.kind(), stored.version());
    }
  }

  /**
   * The newest (or {@code version}) domain model, ready to label the index's papers, jobs and models that the rules give no
   * domain ({@code all}: every one).
   */
  public IndexLabelling domainLabelling(Optional<String> version, boolean all) {
    requireIndex();
    return new DomainLabelling(indexDir, store.load(ClassifyTask.DOMAIN.id(), version), all);
  }

  /** The newest (or {@code version}) usage model, ready to give each paper and job naming a framework its verdicts. */
  public IndexLabelling usageLabelling(Optional<String> version) {
    requireIndex();
    ModelStore.Stored stored = store.load(ClassifyTask.USAGE.id(), version);
    try {
      return new UsageLabelling(indexDir, stored, detector.get());
    } catch (RuntimeException e) { // a method that does not load: the model is not handed out, so free it here
      stored.classifier().close();
      throw e;
    }
  }

  private void requireIndex() {
    if (!IndexDirectory.exists(indexDir)) {
      throw new IllegalArgumentException("classify apply: no index at " + indexDir + ": run `framewatch index` first");
    }
  }

  /** Texts done over every phase of training: each phase (featurize, predict; per kind) counts from zero again. */
  private static final class PhaseCounter implements IntConsumer {
    private final WorkProgress progress;
    private long base;
    private int last;

    PhaseCounter(WorkProgress progress) {
      this.progress = progress;
    }

    @Override
    public void accept(int n) {
      base += n < last ? last : 0;
      last = n;
      progress.advanceTo(base + n);
    }
  }
}
