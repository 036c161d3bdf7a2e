package dev.framewatch.bench;

import dev.framewatch.index.reindex.IndexGenerations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh directory for one benchmark run (under {@code --dir} or the system temp dir), deleted afterwards unless kept. */
public final class WorkDir implements AutoCloseable {
  private final Path path;
  private final boolean keep;

  private WorkDir(Path path, boolean keep) {
    this.path = path;
    this.keep = keep;
  }

  public static WorkDir create(Path parent, String name, boolean keep) {
    try {
      Path base = parent == null ? Path.of(System.getProperty("java.io.tmpdir")) : Files.createDirectories(parent);
      return new WorkDir(Files.createTempDirectory(base, "framewatch-bench-" + name + "-"), keep);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a work directory: " + e.getMessage(), e);
    }
  }

  public Path path() {
    return path;
  }

  @Override
  public void close() {
    if (!keep) {
      deleteRecursively(path);
    }
  }

  /** Deletes a directory tree the way a failed reindex's generation is deleted; nothing when it does not exist. */
  public static void deleteRecursively(Path dir) {
    IndexGenerations.deleteTree(dir);
  }
}
