package dev.framewatch.analytics.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence encoder's embeddings, optionally joined by the hashed bag of words, under one linear head; owns its encoder.
 * Kinds: {@code minilm}, {@code bge} (embedding alone) and {@code minilm+bow}, {@code bge+bow} (both).
 *
 * @param words the bag of words joined to the embedding, or null for the embedding alone
 */
public record EmbeddingClassifier(SentenceEncoder encoder, HashedFeatures words, LinearHead head) implements TextClassifier {
  @Override
  public String kind() {
    return encoder.spec().kind() + (words == null ? "" : EncoderModel.WithWords.SUFFIX);
  }

  @Override
  public String engine() {
    return SentenceEncoder.engineDescription(encoder.device());
  }

  @Override
  public List<Prediction> predict(List<String> texts) {
    List<float[]> embeddings = encoder.encode(texts);
    List<Prediction> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      float[] e = embeddings.get(i);
      out.add(head.decide(words == null ? head.logits(e) : head.logits(joined(e, words.of(texts.get(i))))));
    }
    return out;
  }

  /**
   * The embedding's numbers in inputs {@code 0..d-1}, then the bag of words' buckets shifted by {@code d}: one sparse vector, so
   * the sparse trainer and the head take both at once. Each part is unit length, so neither drowns the other at the start.
   */
  public static SparseVector joined(float[] embedding, SparseVector bag) {
    int d = embedding.length;
    int[] idx = new int[d + bag.size()];
    float[] val = new float[d + bag.size()];
    for (int i = 0; i < d; i++) {
      idx[i] = i;
      val[i] = embedding[i];
    }
    for (int j = 0; j < bag.size(); j++) {
      idx[d + j] = d + bag.indices()[j];
      val[d + j] = bag.values()[j];
    }
    return new SparseVector(idx, val);
  }

  @Override
  public void close() {
    encoder.close();
  }
}
