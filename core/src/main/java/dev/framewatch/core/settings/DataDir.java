package dev.framewatch.core.settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The folders under {@code data.dir}, named in this one place. Every module that reads or writes one asks here, so moving a
 * folder (or sharing one between workers) is one change, and the README's "Where data lives" lists exactly these.
 *
 * @param root {@code data.dir}, absolute
 */
public record DataDir(Path root) {
  public DataDir {
    Objects.requireNonNull(root, "root");
  }

  public static DataDir at(Path root) {
    return new DataDir(root.toAbsolutePath().normalize());
  }

  /** The embedded broker's storage (and its {@code broker.endpoint} while it runs). */
  public Path kafka() {
    return root.resolve("kafka");
  }

  /** The storage of KRaft node {@code nodeId} started by {@code framewatch broker --node-id N}: {@code kafka-<N>}. */
  public Path kafkaNode(int nodeId) {
    return root.resolve("kafka-" + nodeId);
  }

  /** The Lucene index; after a {@code reindex}, a link to an {@code index-<timestamp>} generation beside it. */
  public Path index() {
    return root.resolve("index");
  }

  /** Weekly reports, one folder per ISO week ({@code YYYY-Www}). */
  public Path reports() {
    return root.resolve("reports");
  }

  /** Trained classifiers, one folder per task and version. */
  public Path models() {
    return root.resolve("models");
  }

  /** Each source's crawl state (validators, cursors, marks), {@code <source>.mv.db}: a cache of the crawl-state topic. */
  public Path crawlState() {
    return root.resolve("crawl-state");
  }

  /** The last crawl of each source ({@code <source>.json}), for {@code /api/sources} and {@code /metrics}. */
  public Path crawls() {
    return root.resolve("crawls");
  }

  /** Quartz's job store (an H2 database) for {@code run}. */
  public Path scheduler() {
    return root.resolve("scheduler");
  }
}
