package dev.framewatch.analytics.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Hashed uni+bigram bag of words with a linear head: plain-array inference, no engine, thousands of texts a second. The head
 * is the one-vs-rest logistic head trained by DJL ({@code bow}), multinomial naive Bayes ({@code nb}) or softmax logistic
 * regression in plain Java ({@code lr}): all three are linear over the same features, so they share this class.
 */
public record BowClassifier(String kind, HashedFeatures features, LinearHead head) implements TextClassifier {
  public static final String KIND = "bow";
  public static final String NAIVE_BAYES = "nb";
  public static final String LOGISTIC = "lr";

  public BowClassifier(HashedFeatures features, LinearHead head) {
    this(KIND, features, head);
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
