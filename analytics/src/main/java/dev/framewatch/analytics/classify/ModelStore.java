package dev.framewatch.analytics.classify;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Trained models under {@code <data.dir>/models/<task>/<version>/}: {@code manifest.json} (task, kind, version, classes,
 * features, training data summary, evaluation) and {@code head.bin} (the head's weights). Versions are UTC timestamps, so the
 * newest sorts last and an older one stays loadable by name. A version is written to a temporary directory and renamed into
 * place, so a reader never sees half a model.
 */
public final class ModelStore {
  private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
      .withZone(ZoneOffset.UTC);

  private final Path root;
  private final Clock clock;
  private final Supplier<Device> encoderDevice;

  public ModelStore(Path modelsDir, Clock clock) {
    this(modelsDir, clock, Device::cpu);
  }

  /**
   * @param encoderDevice where a loaded model's sentence encoder runs; asked only when one is loaded, so a word model loads
   *     whatever the setting
   */
  public ModelStore(Path modelsDir, Clock clock, Supplier<Device> encoderDevice) {
    this.root = modelsDir;
    this.clock = clock;
    this.encoderDevice = encoderDevice;
  }

  /** A model as loaded: its manifest and the classifier ready to predict. */
  public record Stored(ObjectNode manifest, TextClassifier classifier, Path dir) {
    public String version() {
      return manifest.path("version").asText();
    }
  }

  /** Saves a classifier; {@code manifest} gets task, kind, version, classes and features filled in. Returns its directory. */
  public Path save(String task, TextClassifier classifier, ObjectNode manifest) {
    String version = VERSION.format(clock.instant());
    Path dir = root.resolve(task).resolve(version);
    Path tmp = root.resolve(task).resolve("." + version + ".tmp");
    ObjectNode m = manifest.deepCopy();
    m.put("task", task).put("kind", classifier.kind()).put("version", version).put("trained_at", clock.instant().toString());
    var classes = m.putArray("classes");
    classifier.head().classes().forEach(classes::add);
    ObjectNode features = m.putObject("features");
    if (classifier instanceof BowClassifier b) {
      features.put("type", "hashed uni+bigram bag of words, log(1+tf), unit length").put("bits", b.features().bits());
    } else if (classifier instanceof EmbeddingClassifier e) {
      EncoderModel spec = e.encoder().spec();
      features.put("type", "sentence embedding, " + spec.pooling().name().toLowerCase(java.util.Locale.ROOT)
              + "-pooled, unit length" + (e.words() == null ? "" : ", then the hashed bag of words"))
          .put("encoder", spec.name()).put("max_tokens", e.encoder().maxTokens()).put("dimension", spec.dimension());
      if (e.words() != null) {
        features.put("bits", e.words().bits());
      }
    }
    try {
      Files.createDirectories(tmp);
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.resolve("manifest.json").toFile(), m);
      writeHead(tmp.resolve("head.bin"), classifier.head());
      Files.move(tmp, dir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the model to " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The versions of a task's models, oldest first. */
  public List<String> versions(String task) {
    Path dir = root.resolve(task);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var s = Files.list(dir)) {
      List<String> out = new ArrayList<>(s.filter(p -> Files.isRegularFile(p.resolve("manifest.json")))
          .map(p -> p.getFileName().toString()).toList());
      out.sort(Comparator.naturalOrder());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The newest model of a task, or the one named by {@code version}; a usage error when there is none. */
  public Stored load(String task, Optional<String> version) {
    List<String> versions = versions(task);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("no " + task + " model under " + root.resolve(task)
          + ": run `framewatch classify train --task " + task + "` first");
    }
    String v = version.orElse(versions.get(versions.size() - 1));
    if (!versions.contains(v)) {
      throw new IllegalArgumentException("no " + task + " model version " + v + " (have " + versions + ")");
    }
    Path dir = root.resolve(task).resolve(v);
    try {
      ObjectNode manifest = (ObjectNode) Json.mapper().readTree(dir.resolve("manifest.json").toFile());
      List<String> classes = new ArrayList<>();
      manifest.path("classes").forEach(c -> classes.add(c.asText()));
      LinearHead head = readHead(dir.resolve("head.bin"), classes);
      JsonNode features = manifest.path("features");
      String kind = manifest.path("kind").asText();
      TextClassifier c = switch (kind) {
        case BowClassifier.KIND, BowClassifier.NAIVE_BAYES, BowClassifier.LOGISTIC ->
            new BowClassifier(kind, new HashedFeatures(features.path("bits").asInt()), head);
        case "minilm", "bge", "minilm+bow", "bge+bow" -> new EmbeddingClassifier(
            new SentenceEncoder(EncoderModel.named(features.path("encoder").asText(SentenceEncoder.NAME)),
                features.path("max_tokens").asInt(), encoderDevice.get()),
            features.has("bits") ? new HashedFeatures(features.path("bits").asInt()) : null, head);
        default -> throw new IllegalStateException(dir + ": unknown model kind " + manifest.path("kind"));
      };
      return new Stored(manifest, c, dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model at " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void writeHead(Path file, LinearHead head) throws IOException {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(head.inputs());
      out.writeInt(head.classes().size());
      for (float w : head.weights()) {
        out.writeFloat(w);
      }
      for (float b : head.bias()) {
        out.writeFloat(b);
      }
    }
  }

  private static LinearHead readHead(Path file, List<String> classes) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      int inputs = in.readInt();
      int k = in.readInt();
      if (k != classes.size()) {
        throw new IOException(file + " holds " + k + " classes but the manifest names " + classes.size());
      }
      float[] w = new float[inputs * k];
      for (int i = 0; i < w.length; i++) {
        w[i] = in.readFloat();
      }
      float[] b = new float[k];
      for (int i = 0; i < k; i++) {
        b[i] = in.readFloat();
      }
      return new LinearHead(classes, inputs, w, b);
    }
  }
}
