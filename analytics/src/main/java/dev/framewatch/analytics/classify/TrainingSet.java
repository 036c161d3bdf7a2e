package dev.framewatch.analytics.classify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled examples a model is trained on, with how many there are of each class (in the task's class order, classes
 * without examples left out) and where they came from ({@code file train.jsonl}, or the kinds of weak label); for weak labels
 * also how many of each class each kind gave ({@code classesBySource}, counted before any cap; empty for a file).
 */
public record TrainingSet(ClassifyTask task, List<LabelledText> examples, Map<String, Integer> byClass,
    Map<String, Integer> bySource, Map<String, Map<String, Integer>> classesBySource) {
  public TrainingSet {
    examples = List.copyOf(examples);
    byClass = Collections.unmodifiableMap(new LinkedHashMap<>(byClass)); // order kept: it is printed
    bySource = Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
    classesBySource = Collections.unmodifiableMap(new LinkedHashMap<>(classesBySource));
  }

  public TrainingSet(ClassifyTask task, List<LabelledText> examples, Map<String, Integer> byClass,
      Map<String, Integer> bySource) {
    this(task, examples, byClass, bySource, Map.of());
  }

  /** A set counted by class from its examples. */
  static TrainingSet of(ClassifyTask task, List<LabelledText> examples, Map<String, Integer> bySource) {
    return of(task, examples, bySource, Map.of());
  }

  /** A set counted by class from its examples, with the classes each kind of weak label gave. */
  static TrainingSet of(ClassifyTask task, List<LabelledText> examples, Map<String, Integer> bySource,
      Map<String, Map<String, Integer>> classesBySource) {
    Map<String, Integer> byClass = new LinkedHashMap<>();
    for (String c : task.classes()) {
      int n = (int) examples.stream().filter(e -> e.label().equals(c)).count();
      if (n > 0) {
        byClass.put(c, n);
      }
    }
    return new TrainingSet(task, examples, byClass, bySource, classesBySource);
  }

  /**
   * At most {@code perClass} examples of each class, so training time stays bounded at the real sources' size (the Hub alone
   * gives millions of pipeline-tag labels, and training grows with the examples). Which examples stay is decided by a hash of
   * their text ({@link CappedSample}): the same set gives the same sample on every run and machine, and no source or position
   * in the index is favoured. Kept examples keep their order; a set with no class over the cap is returned as it is.
   *
   * @return the capped set, and how many examples the cap left out (in {@link #bySource()} as {@code "left out by the cap"})
   */
  public TrainingSet capped(int perClass) {
    CappedSample sample = new CappedSample(perClass);
    examples.forEach(sample::add);
    return sample.leftOutAny() ? sample.toSet(task, bySource, classesBySource) : this;
  }

  /** A 64-bit hash of a text, the same on every JVM (FNV-1a over its UTF-16 units, then mixed). */
  static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /** The task's classes with no example: a model trained on this set never predicts them. */
  public List<String> missingClasses() {
    return task.classes().stream().filter(c -> !byClass.containsKey(c)).toList();
  }
}
