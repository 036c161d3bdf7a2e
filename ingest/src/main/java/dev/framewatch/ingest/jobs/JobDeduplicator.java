package dev.framewatch.ingest.jobs;

import dev.framewatch.core.record.Job;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Recognizes a posting seen before in one crawl run, on the same board or another: the fingerprint is a SHA-256 of the
 * normalized company name (legal suffixes such as "Inc." dropped) and the normalized description text (lower case,
 * punctuation and whitespace runs collapsed), so the same text served as HTML by one board and as plain text by another
 * matches. A posting without a description is fingerprinted by its title instead. Not thread-safe; one per run.
 */
public final class JobDeduplicator {
  private static final String LEGAL_SUFFIXES = "(\\s+(inc|llc|ltd|limited|gmbh|corp|corporation|co|sa|ag|bv|plc|srl|sas))+$";

  private final Set<String> seen = new HashSet<>();

  /** True the first time a posting is seen, false for a repeat. */
  public boolean firstSeen(Job job) {
    return seen.add(fingerprint(job));
  }

  /** True the first time a fingerprint (see {@link #fingerprint(Job)}) is seen. */
  public boolean firstSeen(String fingerprint) {
    return seen.add(fingerprint);
  }

  public int size() {
    return seen.size();
  }

  public static String fingerprint(Job job) {
    String text = HtmlText.normalizeForComparison(job.text());
    if (text.isEmpty()) {
      text = "title " + HtmlText.normalizeForComparison(job.title());
    }
    String company = HtmlText.normalizeForComparison(job.company()).replaceAll(LEGAL_SUFFIXES, "");
    return sha256(company + "\n" + text);
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
