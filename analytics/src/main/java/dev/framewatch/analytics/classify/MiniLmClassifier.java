package dev.framewatch.analytics.classify;

import java.util.ArrayList;
import java.util.List;

/** all-MiniLM-L6-v2 sentence embeddings with a linear head; owns its encoder. */
public record MiniLmClassifier(SentenceEncoder encoder, LinearHead head) implements TextClassifier {
  public static final String KIND = "minilm";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Prediction> predict(List<String> texts) {
    List<Prediction> out = new ArrayList<>(texts.size());
    for (float[] e : encoder.encode(texts)) {
      out.add(head.decide(head.logits(e)));
    }
    return out;
  }

  @Override
  public void close() {
    encoder.close();
  }
}
