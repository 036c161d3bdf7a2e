package dev.framewatch.index.count;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LongIntMapTest {
  @Test
  void indexesInOrderOfFirstSightThroughGrowth() {
    LongIntMap map = new LongIntMap();
    int n = 100_000; // the table starts at 64 slots: this grows it eleven times
    for (int i = 0; i < n; i++) {
      long key = (long) i * 7_919 - 50_000; // negative, zero and positive keys, none adjacent
      assertEquals(i, map.indexOf(key));
    }
    assertEquals(n, map.size());
    for (int i = n - 1; i >= 0; i--) {
      long key = (long) i * 7_919 - 50_000;
      assertEquals(i, map.indexOf(key), "a key seen before keeps its index");
      assertEquals(key, map.keyAt(i));
    }
    assertEquals(n, map.size(), "looking keys up again adds none");
  }

  @Test
  void keysThatCollideInTheLowBitsStayApart() {
    LongIntMap map = new LongIntMap();
    long[] keys = {0L, 1L << 32, 1L << 40, Long.MIN_VALUE, Long.MAX_VALUE, -1L};
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i, map.indexOf(keys[i]));
    }
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i, map.indexOf(keys[i]));
      assertEquals(keys[i], map.keyAt(i));
    }
    assertEquals(6, map.size());
  }
}
