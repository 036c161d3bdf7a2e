package dev.framewatch.core.record;

import java.util.ArrayList;
import java.util.List;

/**
 * Topic names. Record topics are log-compacted and keyed by record id; {@code labels} carries classifier output keyed by document
 * id; {@code dead-letter} keeps what failed, with the reason, and is not compacted (failed inputs may have no usable key).
 */
public record Topics(String prefix) {
  public static final String LABELS = "labels";
  public static final String DEAD_LETTER = "dead-letter";
  public static final String CRAWL_STATE = "crawl-state";
  public static final String ADOPTION = "adoption";

  public Topics {
    prefix = prefix == null ? "" : prefix;
  }

  public String forKind(Kind kind) {
    return prefix + kind.topicName();
  }

  public String labels() {
    return prefix + LABELS;
  }

  public String deadLetter() {
    return prefix + DEAD_LETTER;
  }

  /** Crawl workers' shared state (validators, cursors, marks), compacted, keyed by source and entry; not indexed. */
  public String crawlState() {
    return prefix + CRAWL_STATE;
  }

  /**
   * Adoption measurements ({@link Adoption}), compacted, keyed by measurement id; indexed apart from the evidence, so it is not
   * among {@link #indexed()}.
   */
  public String adoption() {
    return prefix + ADOPTION;
  }

  /** The topics the indexer consumes into Lucene, in a fixed order. */
  public List<String> indexed() {
    List<String> out = new ArrayList<>();
    for (Kind k : Kind.values()) {
      out.add(forKind(k));
    }
    out.add(labels());
    return List.copyOf(out);
  }

  /** The topics the indexer consumes: {@link #indexed()}, then {@link #adoption()} (into its own index, same commit). */
  public List<String> consumed() {
    List<String> out = new ArrayList<>(indexed());
    out.add(adoption());
    return List.copyOf(out);
  }

  /**
   * Every topic of records, as {@code stats} lists them: what the indexer consumes, then the dead letters. The crawlers' own
   * state ({@link #crawlState()}) is bookkeeping, not records, and is left out.
   */
  public List<String> all() {
    List<String> out = new ArrayList<>(consumed());
    out.add(deadLetter());
    return List.copyOf(out);
  }

  /** The kind whose records a topic holds, or null for labels and dead-letter. */
  public Kind kindOf(String topic) {
    for (Kind k : Kind.values()) {
      if (forKind(k).equals(topic)) {
        return k;
      }
    }
    return null;
  }

  /** The topic name without prefix, as shown to people. */
  public String shortName(String topic) {
    return topic.startsWith(prefix) ? topic.substring(prefix.length()) : topic;
  }
}
