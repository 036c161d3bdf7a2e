package dev.framewatch.analytics.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled examples a model is trained on, with how many there are of each class (in the task's class order, classes
 * without examples left out) and where they came from ({@code file train.jsonl}, or the kinds of weak label).
 */
public record TrainingSet(ClassifyTask task, List<LabelledText> examples, Map<String, Integer> byClass,
    Map<String, Integer> bySource) {
  public TrainingSet {
    examples = List.copyOf(examples);
    byClass = Collections.unmodifiableMap(new LinkedHashMap<>(byClass)); // order kept: it is printed
    bySource = Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
  }

  /** A set counted by class from its examples. */
  static TrainingSet of(ClassifyTask task, List<LabelledText> examples, Map<String, Integer> bySource) {
    Map<String, Integer> byClass = new LinkedHashMap<>();
    for (String c : task.classes()) {
      int n = (int) examples.stream().filter(e -> e.label().equals(c)).count();
      if (n > 0) {
        byClass.put(c, n);
      }
    }
    return new TrainingSet(task, examples, byClass, bySource);
  }

  /** The task's classes with no example: a model trained on this set never predicts them. */
  public List<String> missingClasses() {
    return task.classes().stream().filter(c -> !byClass.containsKey(c)).toList();
  }
}
