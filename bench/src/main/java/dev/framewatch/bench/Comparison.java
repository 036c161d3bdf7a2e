package dev.framewatch.bench;

/**
 * One line of a benchmark report. For query benchmarks {@code ratio = framewatchMs / peerMs} (below 1: framewatch faster); for
 * throughput benchmarks the records/s are set and {@code ratio = framewatch records/s / peer records/s} (above 1: framewatch
 * faster).
 */
public record Comparison(String name, double framewatchMs, String peer, double peerMs, double ratio, String target,
    boolean targetMet, Double framewatchRecordsPerSecond, Double peerRecordsPerSecond, String note) {

  /** A timed query: lower is better for framewatch; the target is {@code ratio <= maxRatio}. */
  public static Comparison query(String name, double framewatchMs, String peer, double peerMs, double maxRatio, String note) {
    double ratio = framewatchMs / peerMs;
    return new Comparison(name, framewatchMs, peer, peerMs, ratio, "ratio <= " + maxRatio, ratio <= maxRatio, null, null,
        note);
  }

  /** A throughput over {@code records}: the target is {@code ratio >= minRatio}. */
  public static Comparison throughput(String name, long records, double framewatchMs, String peer, double peerMs,
      double minRatio, String note) {
    double fw = records / (framewatchMs / 1000);
    double p = records / (peerMs / 1000);
    double ratio = fw / p;
    return new Comparison(name, framewatchMs, peer, peerMs, ratio, "ratio >= " + minRatio, ratio >= minRatio, fw, p, note);
  }
}
