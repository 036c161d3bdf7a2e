package dev.framewatch.analytics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference values from Newcombe (1998), Statistics in Medicine 17:857-872, tables I and II (95%, four decimals). */
class WilsonTest {
  @Test
  void wilsonMatchesNewcombesTableOne() {
    // Newcombe's examples: 81/263 -> 0.2553-0.3662; 15/148 -> 0.0624-0.1605; 0/20 -> 0-0.1611; 1/29 -> 0.0061-0.1718.
    assertInterval(0.2553, 0.3662, Wilson.interval(81, 263));
    assertInterval(0.0624, 0.1605, Wilson.interval(15, 148));
    assertInterval(0.0000, 0.1611, Wilson.interval(0, 20));
    assertInterval(0.0061, 0.1718, Wilson.interval(1, 29));
  }

  @Test
  void differenceMatchesNewcombesMethodTen() {
    // Table II, method 10: 56/70 - 48/80 -> 0.0524 to 0.3339; 9/10 - 3/10 -> 0.1705 to 0.8090.
    assertInterval(0.0524, 0.3339, Wilson.difference(48, 80, 56, 70));
    assertInterval(0.1705, 0.8090, Wilson.difference(3, 10, 9, 10));
    assertEquals(0.2, Wilson.difference(48, 80, 56, 70).estimate(), 1e-12);
  }

  @Test
  void noTrialsMeansAnythingIsPossibleAndBadCountsAreRefused() {
    assertInterval(0, 1, Wilson.interval(0, 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wilson.interval(5, 4));
    assertEquals("successes 5.0 outside [0, 4]", e.getMessage());
    assertTrue(Wilson.interval(2.5, 7).estimate() > 0.357 && Wilson.interval(2.5, 7).estimate() < 0.358);
  }

  private static void assertInterval(double low, double high, Interval i) {
    assertEquals(low, i.low(), 0.00005, "low of " + i);
    assertEquals(high, i.high(), 0.00005, "high of " + i);
  }
}
