package dev.framewatch.bench;

import java.util.Arrays;

/**
 * Times two tasks side by side in one process: warmup rounds, then {@code runs} rounds in which both run once, alternating which
 * goes first so neither always enjoys a warmer cache; reports medians.
 */
public final class SideBySide {
  /** Medians in milliseconds and every timed sample. */
  public record Timing(double framewatchMs, double peerMs, double[] framewatchSamples, double[] peerSamples) {}

  private SideBySide() {}

  public static Timing time(int warmup, int runs, Runnable framewatch, Runnable peer) {
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1");
    }
    for (int i = 0; i < warmup; i++) {
      framewatch.run();
      peer.run();
    }
    double[] a = new double[runs];
    double[] b = new double[runs];
    for (int i = 0; i < runs; i++) {
      if (i % 2 == 0) {
        a[i] = millis(framewatch);
        b[i] = millis(peer);
      } else {
        b[i] = millis(peer);
        a[i] = millis(framewatch);
      }
    }
    return new Timing(median(a), median(b), a, b);
  }

  public static double millis(Runnable task) {
    long start = System.nanoTime();
    task.run();
    return (System.nanoTime() - start) / 1e6;
  }

  public static double median(double[] samples) {
    double[] s = samples.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
