package dev.framewatch.app.cli;

import ai.djl.Device;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.classify.ApplySummary;
import dev.framewatch.analytics.classify.ClassifierService;
import dev.framewatch.analytics.classify.ClassifierTraining;
import dev.framewatch.analytics.classify.LabelledText;
import dev.framewatch.analytics.classify.SentenceEncoder;
import dev.framewatch.analytics.classify.ClassifyTask;
import dev.framewatch.analytics.classify.DeviceChoice;
import dev.framewatch.analytics.classify.EvaluationFormat;
import dev.framewatch.analytics.classify.IndexLabelling;
import dev.framewatch.analytics.classify.ModelEvaluation;
import dev.framewatch.analytics.classify.ModelStore;
import dev.framewatch.analytics.classify.TrainingResult;
import dev.framewatch.analytics.classify.TrainingSet;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.app.kafka.LabelsPublisher;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.settings.Settings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link ClassifierService}'s steps as the command line shows them: a progress bar on stderr while a step runs, then what
 * it returned on stdout. {@code classify train|eval|apply} and {@code demo} print through here, so their lines are the same.
 */
final class ClassifierConsole {
  private final Settings settings;
  private final ClassifierService service;
  private final PrintWriter out;
  private final PrintWriter err;

  ClassifierConsole(Settings settings, PrintWriter out, PrintWriter err) {
    this.settings = settings;
    this.service = new ClassifierService(settings.indexDir(),
        new ModelStore(settings.dirs().models(), Clock.systemUTC(),
            () -> DeviceChoice.forEncoders(settings.classifyDevice())),
        () -> new FrameworkDetector(MethodLoader.load(settings.defaultMethod())));
    this.out = out;
    this.err = err;
  }

  ClassifierService service() {
    return service;
  }

  /**
   * Trains {@code kinds} on {@code data} (null: the index's weak labels) on the device {@code classify.device} names, and
   * prints the examples, the device, each candidate's held-out scores and the model kept.
   */
  void train(ClassifyTask task, List<String> kinds, Path data, int holdout) {
    train(task, kinds, data, holdout, null);
  }

  /** As above; {@code test} (a later-year file, or null) replaces the hash hold-out as the set the candidates are scored on. */
  void train(ClassifyTask task, List<String> kinds, Path data, int holdout, Path test) {
    TrainingSet set = service.trainingSet(task, data, settings.classifyMaxExamplesPerClass());
    out.printf(Locale.ROOT, "training data: %,d examples %s, from %s%n", set.examples().size(), set.byClass(), set.bySource());
    if (!set.missingClasses().isEmpty()) {
      out.println("no examples of " + set.missingClasses() + ": the model cannot predict these classes");
    }
    // The encoders run on ONNX Runtime, asked for its own GPUs only when an encoder is trained (its Maven build has none).
    boolean encoders = kinds.stream().anyMatch(ClassifierTraining::usesEncoder);
    Device encoderDevice = encoders ? DeviceChoice.forEncoders(settings.classifyDevice()) : Device.cpu();
    Device device = DeviceChoice.resolve(DeviceChoice.headSetting(settings.classifyDevice(), encoders));
    out.println("device: " + DeviceChoice.describe(device) + " (classify.device=" + settings.classifyDevice() + ")");
    if (!set.classesBySource().isEmpty()) {
      // Which evidence taught which class (before the cap): a class that only one weak source gives is only as good as it.
      out.println("weak labels by source and class: " + set.classesBySource());
    }
    out.println("engines: heads trained by PyTorch (DJL) on " + DeviceChoice.describe(device)
        + (encoders ? "; sentence encoders on " + SentenceEncoder.engineDescription(encoderDevice) : ""));
    List<LabelledText> heldOut = test == null ? null : service.testSet(task, test);
    TrainingResult result;
    try (ProgressOnStart progress = new ProgressOnStart("train", "texts", err)) {
      result = service.train(set, kinds, holdout, heldOut, device, encoderDevice, progress);
    }
    for (TrainingResult.Candidate c : result.candidates()) {
      out.printf(Locale.ROOT, "%n%s: held-out macro-F1 %.4f (%,d examples), trained in %.1f s; %,.0f docs/s on %s (%s)%n",
          c.kind(), c.evaluation().macroF1(), c.evaluation().examples(), c.trainSeconds(), c.docsPerSecond(),
          c.engine().startsWith("ONNX") ? DeviceChoice.describe(encoderDevice) : "cpu", c.engine());
      out.print(EvaluationFormat.table(c.evaluation()));
    }
    out.printf(Locale.ROOT, "%nkept %s (held-out macro-F1 %.4f): %s%n", result.kept().kind(),
        result.kept().evaluation().macroF1(), result.savedTo());
  }

  /** Scores a model (or the usage rules) on a labelled file and prints the scores as a table or as JSON. */
  void evaluate(ClassifyTask task, Path data, boolean rules, Optional<String> version, boolean json) {
    ModelEvaluation e;
    try (ProgressOnStart progress = new ProgressOnStart("eval", "texts", err)) {
      e = service.evaluate(task, data, rules, version, progress);
    }
    if (json) {
      ObjectNode o = EvaluationFormat.json(e.evaluation());
      o.putObject("model").put("task", e.task().id()).put("kind", e.kind()).put("version", e.version());
      out.println(o);
    } else {
      out.printf(Locale.ROOT, "model: %s %s version %s%n", e.task().id(), e.kind(), e.version());
      out.print(EvaluationFormat.table(e.evaluation()));
    }
  }

  /** Labels the index with a loaded model, publishing to the labels topic at {@code bootstrapServers}, and says what it gave. */
  void apply(IndexLabelling labelling, String bootstrapServers) {
    ApplySummary summary;
    String topic;
    long start = System.nanoTime();
    try (LabelsPublisher publisher = new LabelsPublisher(bootstrapServers, KafkaAccess.topics(settings));
        ProgressOnStart progress = new ProgressOnStart("classify", "docs", err)) {
      summary = labelling.run(publisher, progress);
      topic = publisher.topic();
    }
    out.printf(Locale.ROOT, "labelled %,d documents with %s version %s %s, published to %s; `framewatch index` applies them%s%n",
        summary.labelled(), summary.model(), summary.version(), summary.counts(), topic,
        labelling.task() == ClassifyTask.USAGE ? " (they change counts only under a method with usage-classifier = decides)"
            : "");
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "device: %s, engine: %s, %,.0f docs/s (reading the index and publishing included)%n",
        labelling.device(), labelling.engine(), summary.labelled() / Math.max(1e-9, seconds));
  }
}
