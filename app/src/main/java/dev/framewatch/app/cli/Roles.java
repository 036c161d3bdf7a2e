package dev.framewatch.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What one {@code framewatch run} does ({@code --roles}): crawl (the Quartz schedules, clustered when {@code scheduler.jdbc-url}
 * is shared), index (the indexer following the topics into this data dir's Lucene index) and serve (the dashboard over that
 * index). A deployment runs crawl workers, index/serve replicas, or all three on one box (the default).
 */
record Roles(boolean crawl, boolean index, boolean serve) {
  static final String ALL = "crawl,index,serve";
  static final List<String> NAMES = List.of("crawl", "index", "serve");

  /**
   * Parses a comma-separated list such as {@code crawl,index}; case and spaces around names do not matter.
   *
   * @throws IllegalArgumentException naming the unknown role (or the empty list) and the valid ones
   */
  static Roles parse(String text) {
    boolean crawl = false;
    boolean index = false;
    boolean serve = false;
    for (String part : text.split(",", -1)) {
      String role = part.strip().toLowerCase(Locale.ROOT);
      switch (role) {
        case "crawl" -> crawl = true;
        case "index" -> index = true;
        case "serve" -> serve = true;
        default -> throw new IllegalArgumentException((role.isEmpty() ? "empty role" : "unknown role '" + part.strip() + "'")
            + " in --roles " + text + " (valid: crawl, index, serve, comma-separated)");
      }
    }
    return new Roles(crawl, index, serve);
  }

  /** The names, in their fixed order, e.g. {@code crawl,serve}. */
  @Override
  public String toString() {
    List<String> on = new ArrayList<>();
    if (crawl) {
      on.add("crawl");
    }
    if (index) {
      on.add("index");
    }
    if (serve) {
      on.add("serve");
    }
    return String.join(",", on);
  }

  /** Crawl and index read and write Kafka; serving alone only reads the index. */
  boolean needsKafka() {
    return crawl || index;
  }

  /**
   * Serving without indexing reads an index another process (or an earlier run) keeps in this data dir; with none there the
   * dashboard would have nothing to show, so it stops at once.
   *
   * @throws IllegalStateException when serve runs without index and {@code indexDir} holds no Lucene index
   */
  void checkIndexFor(Path indexDir) {
    if (serve && !index && !hasIndex(indexDir)) {
      throw new IllegalStateException("--roles " + this + " serves the index in " + indexDir + ", but there is none: add the "
          + "index role, or run `framewatch index` (or a `run --roles index`) on this data dir first");
    }
  }

  /** A Lucene index has a commit point: a segments_N file. */
  static boolean hasIndex(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(indexDir)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + indexDir + ": " + e.getMessage(), e);
    }
  }
}
