package dev.framewatch.analytics.classify;

import java.util.ArrayList;
import java.util.List;

/** Hashed uni+bigram bag of words with a linear head: plain-array inference, no engine, thousands of texts a second. */
public record BowClassifier(HashedFeatures features, LinearHead head) implements TextClassifier {
  public static final String KIND = "bow";

  @Override
  public String kind() {
    return KIND;
  }

  public Prediction predict(String text) {
    return head.decide(head.logits(features.of(text)));
  }

  @Override
  public List<Prediction> predict(List<String> texts) {
    List<Prediction> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(predict(t));
    }
    return out;
  }
}
