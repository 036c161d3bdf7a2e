package dev.framewatch.analytics.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * At most {@code perClass} examples of each class, taken from a stream of examples without holding the stream: per class, the
 * examples with the lowest {@link TrainingSet#hash text hash} (on equal hashes the earlier one). The sample is the same on every
 * run and machine and favours no source or position; memory is the cap times the classes, not the corpus, so training on the
 * weak labels of a 2-million-document index reads it once and keeps 20,000 texts a class.
 */
final class CappedSample {
  private record Entry(long hash, long seq, LabelledText example) {}

  // The worst kept entry on top, so a better one replaces it in O(log cap).
  private static final Comparator<Entry> WORST_FIRST =
      Comparator.comparingLong(Entry::hash).thenComparingLong(Entry::seq).reversed();

  private final int perClass;
  private final Map<String, PriorityQueue<Entry>> kept = new HashMap<>();
  private long seen;

  CappedSample(int perClass) {
    if (perClass < 1) {
      throw new IllegalArgumentException("examples per class must be at least 1, got " + perClass);
    }
    this.perClass = perClass;
  }

  void add(LabelledText example) {
    Entry e = new Entry(TrainingSet.hash(example.text()), seen++, example);
    PriorityQueue<Entry> heap = kept.computeIfAbsent(example.label(), l -> new PriorityQueue<>(WORST_FIRST));
    if (heap.size() < perClass) {
      heap.add(e);
    } else if (WORST_FIRST.compare(e, heap.peek()) > 0) { // e sorts after the worst, i.e. it is better
      heap.poll();
      heap.add(e);
    }
  }

  /** Examples offered so far. */
  long seen() {
    return seen;
  }

  /** Whether the cap left any example out. */
  boolean leftOutAny() {
    return seen > kept.values().stream().mapToLong(PriorityQueue::size).sum();
  }

  /**
   * The kept examples in the order they came, as a training set; when the cap left some out, {@code bySource} gains
   * {@code "left out by the cap"} with their number ({@code classesBySource} stays as counted before the cap).
   */
  TrainingSet toSet(ClassifyTask task, Map<String, Integer> bySource, Map<String, Map<String, Integer>> classesBySource) {
    List<Entry> entries = new ArrayList<>();
    kept.values().forEach(entries::addAll);
    entries.sort(Comparator.comparingLong(Entry::seq));
    List<LabelledText> examples = entries.stream().map(Entry::example).toList();
    Map<String, Integer> sources = new LinkedHashMap<>(bySource);
    if (leftOutAny()) {
      sources.put("left out by the cap", Math.toIntExact(seen - examples.size()));
    }
    return TrainingSet.of(task, examples, sources, classesBySource);
  }
}
