package dev.framewatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Checks that two engines returned the same cells: the benchmark refuses to time engines that disagree. */
public final class RowComparison {
  private RowComparison() {}

  /** The differences (at most {@code limit}), empty when both lists hold the same rows in any order. */
  public static List<String> differences(List<CountRow> framewatch, List<CountRow> peer, int limit) {
    TreeSet<CountRow> a = new TreeSet<>(framewatch);
    TreeSet<CountRow> b = new TreeSet<>(peer);
    List<String> out = new ArrayList<>();
    if (a.size() != framewatch.size() || b.size() != peer.size()) {
      out.add("duplicate cells: framewatch " + framewatch.size() + " rows / " + a.size() + " distinct, peer " + peer.size()
          + " rows / " + b.size() + " distinct");
    }
    for (CountRow r : a) {
      if (out.size() >= limit) {
        return out;
      }
      CountRow other = b.ceiling(r);
      if (other == null || other.compareTo(r) != 0) {
        out.add("only in framewatch: " + r);
      } else if (!other.equals(r)) {
        out.add("framewatch " + r + " vs peer " + other);
      }
    }
    for (CountRow r : b) {
      if (out.size() >= limit) {
        return out;
      }
      if (!a.contains(r)) {
        out.add("only in peer: " + r);
      }
    }
    return out;
  }

  /** Throws with the first differences when the rows differ. */
  public static void requireIdentical(String what, List<CountRow> framewatch, List<CountRow> peer) {
    List<String> diff = differences(framewatch, peer, 10);
    if (!diff.isEmpty()) {
      throw new IllegalStateException(what + ": framewatch and DuckDB disagree (" + framewatch.size() + " vs " + peer.size()
          + " rows); first differences:\n  " + String.join("\n  ", diff));
    }
  }
}
