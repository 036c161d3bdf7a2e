package dev.framewatch.analytics.classify;

import java.util.Arrays;
import java.util.Locale;

/**
 * Hashed unigram and bigram bag of words: lower-cased letter/digit tokens, each unigram and adjacent pair hashed (FNV-1a) into
 * {@code 2^bits} buckets, log(1 + count) per bucket, scaled to unit length. Hashing keeps the model a fixed size whatever the
 * vocabulary, and needs no vocabulary file to stay in step with the weights.
 */
public record HashedFeatures(int bits) {
  /** 2^18 buckets: collisions cost less than a point of macro-F1 on abstracts, and the weights stay at 1 MB per class. */
  public static final HashedFeatures STANDARD = new HashedFeatures(18);

  public HashedFeatures {
    if (bits < 4 || bits > 24) {
      throw new IllegalArgumentException("bits must be between 4 and 24, got " + bits);
    }
  }

  public int dimension() {
    return 1 << bits;
  }

  public SparseVector of(String text) {
    int mask = dimension() - 1;
    String s = text == null ? "" : text.toLowerCase(Locale.ROOT);
    int[] hashes = new int[16];
    int n = 0;
    int previous = 0;
    boolean hasPrevious = false;
    int i = 0;
    int len = s.length();
    while (i < len) {
      while (i < len && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      if (i >= len) {
        break;
      }
      int h = 0x811c9dc5;
      while (i < len && Character.isLetterOrDigit(s.charAt(i))) {
        h = (h ^ s.charAt(i)) * 0x01000193;
        i++;
      }
      if (n + 2 > hashes.length) {
        hashes = Arrays.copyOf(hashes, hashes.length * 2);
      }
      hashes[n++] = h & mask;
      if (hasPrevious) {
        // A pair hashes both tokens' hashes, so "neural network" and "network neural" land apart.
        hashes[n++] = mix(previous * 31 + h) & mask;
      }
      previous = h;
      hasPrevious = true;
    }
    return counted(hashes, n);
  }

  /** murmur3's finalizer: spreads a hash's bits, so nearby inputs land far apart. */
  static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  private static SparseVector counted(int[] hashes, int n) {
    Arrays.sort(hashes, 0, n);
    int[] idx = new int[n];
    float[] val = new float[n];
    int k = 0;
    for (int j = 0; j < n; ) {
      int e = j;
      while (e < n && hashes[e] == hashes[j]) {
        e++;
      }
      idx[k] = hashes[j];
      val[k] = (float) Math.log1p(e - j);
      k++;
      j = e;
    }
    double norm = 0;
    for (int j = 0; j < k; j++) {
      norm += val[j] * val[j];
    }
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int j = 0; j < k; j++) {
      val[j] *= scale;
    }
    return new SparseVector(Arrays.copyOf(idx, k), Arrays.copyOf(val, k));
  }
}
