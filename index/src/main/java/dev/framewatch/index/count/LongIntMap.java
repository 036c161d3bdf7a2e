package dev.framewatch.index.count;

import java.util.Arrays;

/**
 * Open-addressing map from a packed ordinal tuple to a dense group index (0, 1, 2, ... in order of first sight). The counting
 * engine calls it once per matching document, so it boxes nothing and allocates only when it grows.
 */
final class LongIntMap {
  private long[] keys = new long[64];
  private int[] values = new int[64];
  private boolean[] used = new boolean[64];
  private long[] byIndex = new long[16];
  private int size;

  /** The key's index, adding it when new. */
  int indexOf(long key) {
    int mask = keys.length - 1;
    int i = (int) mix(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = size;
    if (size == byIndex.length) {
      byIndex = Arrays.copyOf(byIndex, size * 2);
    }
    byIndex[size] = key;
    size++;
    if (size * 2 > keys.length) {
      rehash();
    }
    return size - 1;
  }

  long keyAt(int index) {
    return byIndex[index];
  }

  int size() {
    return size;
  }

  private void rehash() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldUsed[j]) {
        int i = (int) mix(oldKeys[j]) & mask;
        while (used[i]) {
          i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }
}
