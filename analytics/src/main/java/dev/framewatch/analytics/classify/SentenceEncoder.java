package dev.framewatch.analytics.classify;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A quantized ONNX sentence encoder ({@link EncoderModel}: all-MiniLM-L6-v2 or BGE small, shipped on Maven Central inside the
 * langchain4j jars) run through DJL's OnnxRuntime engine: token vectors pooled as the model was trained (mean under the
 * attention mask, or the [CLS] token), scaled to unit length. Nothing is downloaded: the model and its tokenizer are copied
 * from the class path to a temporary directory, because both loaders want files.
 */
public final class SentenceEncoder implements AutoCloseable {
  public static final String NAME = EncoderModel.MINILM.name();
  public static final int DIMENSION = 384;
  /** The tokenizer.json in the jar truncates at 128 unless told; abstracts need more, and the model takes at most 512. */
  public static final int DEFAULT_MAX_TOKENS = 256;
  /** DJL's name of the engine that runs the encoders. */
  public static final String ENGINE = "OnnxRuntime";

  private final EncoderModel spec;
  private final Device device;
  private final Path dir;
  private final HuggingFaceTokenizer tokenizer;
  private final Model model;
  private final Predictor<NDList, NDList> predictor;
  private final int maxTokens;

  /** all-MiniLM-L6-v2 on the CPU. */
  public SentenceEncoder(int maxTokens) {
    this(EncoderModel.MINILM, maxTokens, Device.cpu());
  }

  /** @param device where ONNX Runtime runs it: a GPU only with a GPU build of ONNX Runtime (see {@link DeviceChoice}) */
  public SentenceEncoder(EncoderModel spec, int maxTokens, Device device) {
    if (maxTokens < 8 || maxTokens > 512) {
      throw new IllegalArgumentException("max tokens must be between 8 and 512, got " + maxTokens);
    }
    this.maxTokens = maxTokens;
    this.spec = spec;
    this.device = device;
    try {
      dir = Files.createTempDirectory("framewatch-" + spec.kind());
      copy(spec.modelResource(), spec.artifact(), dir.resolve("model.onnx"));
      copy(spec.tokenizerResource(), spec.artifact(), dir.resolve("tokenizer.json"));
      tokenizer = HuggingFaceTokenizer.newInstance(dir.resolve("tokenizer.json"), Map.of(
          "maxLength", String.valueOf(maxTokens), "truncation", "true", "padding", "true"));
      // Named: with PyTorch on the class path too, DJL would otherwise pick its own default engine.
      model = Model.newInstance(spec.name(), device, ENGINE);
      model.load(dir, "model");
      predictor = model.newPredictor(new NoopTranslator());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + spec.name() + ": " + e.getMessage(), e);
    } catch (MalformedModelException e) {
      throw new IllegalStateException("cannot load " + spec.name() + ": " + e.getMessage(), e);
    }
  }

  public int maxTokens() {
    return maxTokens;
  }

  public EncoderModel spec() {
    return spec;
  }

  public Device device() {
    return device;
  }

  /**
   * What runs the encoder, for the lines that say so: {@code ONNX Runtime 1.21.1 CPU}, or with the {@code -Pgpu} build
   * {@code ONNX Runtime 1.21.0 (CUDA build) GPU(0)}. The version is the native library's own (DJL's engine reports the one it was
   * built against), and the build is named so that a CPU line from the GPU build says why: CUDA did not load.
   */
  public static String engineDescription(Device device) {
    ai.djl.engine.Engine.getEngine(ENGINE); // loads the native library
    String version;
    try {
      version = OrtEnvironment.getEnvironment().getVersion();
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      version = ai.djl.engine.Engine.getEngine(ENGINE).getVersion();
    }
    boolean cudaBuild = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
    return "ONNX Runtime " + version + (cudaBuild ? " (CUDA build)" : "")
        + (device.isGpu() ? " GPU(" + device.getDeviceId() + ")" : " CPU");
  }

  private static void copy(String resource, String artifact, Path to) throws IOException {
    try (InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the class path (" + artifact + ")");
      }
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Unit-length embeddings of the texts, in order. */
  public List<float[]> encode(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    Encoding[] encodings = tokenizer.batchEncode(texts.stream().map(t -> t == null ? "" : t).toList());
    int batch = encodings.length;
    int width = encodings[0].getIds().length;
    long[] ids = new long[batch * width];
    long[] mask = new long[batch * width];
    long[] types = new long[batch * width];
    for (int i = 0; i < batch; i++) {
      System.arraycopy(encodings[i].getIds(), 0, ids, i * width, width);
      System.arraycopy(encodings[i].getAttentionMask(), 0, mask, i * width, width);
      System.arraycopy(encodings[i].getTypeIds(), 0, types, i * width, width);
    }
    try (NDManager m = model.getNDManager().newSubManager()) {
      NDArray idArray = m.create(ids, new ai.djl.ndarray.types.Shape(batch, width));
      idArray.setName("input_ids");
      NDArray maskArray = m.create(mask, new ai.djl.ndarray.types.Shape(batch, width));
      maskArray.setName("attention_mask");
      NDArray typeArray = m.create(types, new ai.djl.ndarray.types.Shape(batch, width));
      typeArray.setName("token_type_ids");
      NDList out = predictor.predict(new NDList(idArray, maskArray, typeArray));
      float[] hidden = out.get(0).toFloatArray();
      return pooled(hidden, mask, batch, width, spec.pooling());
    } catch (TranslateException e) {
      throw new IllegalStateException(spec.name() + " failed: " + e.getMessage(), e);
    }
  }

  private static List<float[]> pooled(float[] hidden, long[] mask, int batch, int width, EncoderModel.Pooling pooling) {
    List<float[]> out = new ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      float[] v = new float[DIMENSION];
      int tokens = 0;
      for (int t = 0; t < width; t++) {
        // [CLS] pooling reads the first token only (the tokenizer puts [CLS] there).
        if (mask[i * width + t] == 0 || (pooling == EncoderModel.Pooling.CLS && t > 0)) {
          continue;
        }
        tokens++;
        int base = (i * width + t) * DIMENSION;
        for (int d = 0; d < DIMENSION; d++) {
          v[d] += hidden[base + d];
        }
      }
      double norm = 0;
      for (int d = 0; d < DIMENSION; d++) {
        v[d] /= Math.max(1, tokens);
        norm += v[d] * v[d];
      }
      float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < DIMENSION; d++) {
        v[d] *= scale;
      }
      out.add(v);
    }
    return out;
  }

  @Override
  public void close() {
    predictor.close();
    model.close();
    tokenizer.close();
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // A leftover temporary copy of the model is harmless; closing must not fail because of it.
    }
  }
}
