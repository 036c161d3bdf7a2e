package dev.framewatch.index.count;

import dev.framewatch.index.schema.Dimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts across segments, keyed by the group's values (strings, so segments with different ordinals agree), and their shape as
 * rows: groups sorted by their values, frameworks in the vocabulary's order.
 */
final class Tally {
  /** Fractional weights are kept exactly as integers in units of 1/2520 (2520 is divisible by every n from 1 to 10). */
  static final long UNITS = 2520;

  private final Map<List<String>, Group> groups = new HashMap<>();
  private final List<String> frameworks = new ArrayList<>();
  private final Map<String, Integer> frameworkSlots = new HashMap<>();
  long matching;
  long matchingAnyFramework;

  Group group(List<String> values) {
    return groups.computeIfAbsent(values, v -> new Group());
  }

  /**
   * Adds another tally's counts (one segment's, counted apart) to this one. Only reads {@code part}, so a cached segment tally
   * can be added any number of times. Sums of integers: the order segments are added in never changes the result.
   */
  void addAll(Tally part) {
    int[] slots = new int[part.frameworks.size()];
    for (int s = 0; s < slots.length; s++) {
      slots[s] = frameworkSlot(part.frameworks.get(s));
    }
    part.groups.forEach((values, from) -> {
      Group into = group(values);
      into.documents += from.documents;
      into.documentsAnyFramework += from.documentsAnyFramework;
      for (int s = 0; s < slots.length; s++) {
        if (from.count(s) != 0 || from.units(s) != 0) {
          into.add(slots[s], from.count(s), from.units(s));
        }
      }
    });
    matching += part.matching;
    matchingAnyFramework += part.matchingAnyFramework;
  }

  int groupCount() {
    return groups.size();
  }

  int frameworkSlot(String framework) {
    return frameworkSlots.computeIfAbsent(framework, f -> {
      frameworks.add(f);
      return frameworks.size() - 1;
    });
  }

  /**
   * One row per group and framework with a non-zero count, groups sorted by their values, frameworks in {@code knownOrder}
   * (ids it does not know, an older method's perhaps, after it, by name).
   */
  List<ShareRow> rows(List<Dimension> groupBy, List<String> knownOrder, boolean fractional) {
    List<Integer> frameworkOrder = frameworkOrder(knownOrder);
    List<ShareRow> rows = new ArrayList<>();
    for (Map.Entry<List<String>, Group> e : sortedGroups()) {
      Map<String, String> groupValues = groupValues(groupBy, e.getKey());
      Group g = e.getValue();
      for (int slot : frameworkOrder) {
        long count = g.count(slot);
        if (count > 0) {
          double weight = fractional ? (double) g.units(slot) / UNITS : count;
          rows.add(new ShareRow(groupValues, frameworks.get(slot), count, g.documents, g.documentsAnyFramework, weight));
        }
      }
    }
    return rows;
  }

  /** Every group's denominators, sorted like the rows; groups where no document names a framework included. */
  List<ShareCounts.GroupTotal> groupTotals(List<Dimension> groupBy) {
    List<ShareCounts.GroupTotal> out = new ArrayList<>();
    for (Map.Entry<List<String>, Group> e : sortedGroups()) {
      out.add(new ShareCounts.GroupTotal(groupValues(groupBy, e.getKey()), e.getValue().documents,
          e.getValue().documentsAnyFramework));
    }
    return out;
  }

  private List<Map.Entry<List<String>, Group>> sortedGroups() {
    List<Map.Entry<List<String>, Group>> sorted = new ArrayList<>(groups.entrySet());
    sorted.sort(Map.Entry.comparingByKey(Tally::compareValues));
    return sorted;
  }

  private static Map<String, String> groupValues(List<Dimension> groupBy, List<String> values) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < groupBy.size(); i++) {
      out.put(groupBy.get(i).key(), values.get(i));
    }
    return out;
  }

  private List<Integer> frameworkOrder(List<String> known) {
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < frameworks.size(); i++) {
      slots.add(i);
    }
    Comparator<Integer> byVocabulary = Comparator.comparingInt(s -> {
      int i = known.indexOf(frameworks.get(s));
      return i < 0 ? Integer.MAX_VALUE : i;
    });
    slots.sort(byVocabulary.thenComparing(frameworks::get));
    return slots;
  }

  private static int compareValues(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** One group's documents, documents naming any framework, and per framework slot its count and weight in units. */
  static final class Group {
    long documents;
    long documentsAnyFramework;
    private long[] counts = new long[8];
    private long[] units = new long[8];

    void add(int slot, long amount, long weightUnits) {
      if (slot >= counts.length) {
        counts = Arrays.copyOf(counts, Math.max(slot + 1, counts.length * 2));
        units = Arrays.copyOf(units, counts.length);
      }
      counts[slot] += amount;
      units[slot] += weightUnits;
    }

    long count(int slot) {
      return slot < counts.length ? counts[slot] : 0;
    }

    long units(int slot) {
      return slot < units.length ? units[slot] : 0;
    }
  }
}
