package dev.framewatch.analytics.classify;

import dev.framewatch.core.record.Labels;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A trained model loaded to label the index's documents ({@code classify apply}): {@link #run} reads the index, classifies,
 * and publishes one labels message per document it labels. Made by {@link ClassifierService} after it checked the index and
 * loaded the model, so a caller opens its sink (a Kafka producer) only once there is something to publish. Close it to free
 * the model.
 */
public abstract sealed class IndexLabelling implements AutoCloseable permits DomainLabelling, UsageLabelling {
  final Path indexDir;
  final ModelStore.Stored stored;
  private final ClassifyTask task;
  private final String model;

  IndexLabelling(Path indexDir, ModelStore.Stored stored, ClassifyTask task) {
    this.indexDir = indexDir;
    this.stored = stored;
    this.task = task;
    this.model = task.id() + "-" + stored.classifier().kind();
  }

  public ClassifyTask task() {
    return task;
  }

  /** The model's name in labels: task and kind, such as {@code domain-bow}. */
  public String model() {
    return model;
  }

  public String version() {
    return stored.version();
  }

  /** What runs the model's inference ({@code plain Java}, {@code ONNX Runtime 1.21.1 CPU}), for the line that says so. */
  public String engine() {
    return stored.classifier().engine();
  }

  /** Where it runs: the encoder's device for a sentence-encoder model, the CPU for the word models ({@code cpu}). */
  public String device() {
    return stored.classifier() instanceof EmbeddingClassifier e ? DeviceChoice.describe(e.encoder().device()) : "cpu";
  }

  /** Labels the index, publishing to {@code sink} and flushing it before returning. */
  public abstract ApplySummary run(LabelSink sink, WorkProgress progress);

  /** The label for one task, stamped with this model. */
  Labels.Label label(String value, double confidence) {
    return new Labels.Label(value, confidence, model, version());
  }

  /** The document's labels with one task's label set: a labels message carries the whole label state, so others are kept. */
  static Labels withLabel(CorpusDocument doc, String task, Labels.Label label) {
    Map<String, Labels.Label> byTask = new LinkedHashMap<>(doc.labels() == null ? Map.of() : doc.labels().byTask());
    byTask.put(task, label);
    return new Labels(doc.record().id(), byTask);
  }

  @Override
  public void close() {
    stored.classifier().close();
  }
}
