package dev.framewatch.analytics.share;

import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounter;
import dev.framewatch.index.count.ShareCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Counts shares on the Lucene index of a data dir, reopening the reader only when the indexer has committed since (so a
 * long-running dashboard sees new data without paying for a reopen per request).
 */
public final class IndexShareService implements ShareService, AutoCloseable {
  private final Path indexPath;
  private final ShareCounter counter = new ShareCounter();
  private FSDirectory directory;
  private DirectoryReader reader;

  public IndexShareService(Path indexPath) {
    this.indexPath = indexPath;
  }

  private final java.util.Map<String, dev.framewatch.core.method.Method> methods = new java.util.HashMap<>();

  @Override
  public ShareCounts share(List<Dimension> by, String where) {
    return share(by, where, null);
  }

  @Override
  public synchronized ShareCounts share(List<Dimension> by, String where, String method) {
    dev.framewatch.core.method.Method m =
        method == null ? null : methods.computeIfAbsent(method, dev.framewatch.core.method.MethodLoader::load);
    try {
      DirectoryReader current = current();
      if (current == null) {
        return new ShareCounts(by, where, "none", "-", List.of(), 0, 0);
      }
      return m == null ? counter.count(current, where, by) : counter.count(current, where, by, m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
  }

  /**
   * Runs {@code use} on the newest committed view (null when there is no index yet), under the same lock as counting, so the
   * dashboard's drill-down, star series and cache keys read the very commit the shares were counted on.
   */
  public synchronized <T> T withReader(java.util.function.Function<DirectoryReader, T> use) {
    try {
      return use.apply(current());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
  }

  /**
   * The newest committed view. The index path may be switched to a rebuilt generation by {@code framewatch reindex}: when it
   * resolves to another directory than the open one, start over there instead of reopening across generations.
   */
  private DirectoryReader current() throws IOException {
    Path real = java.nio.file.Files.exists(indexPath) ? indexPath.toRealPath() : null;
    if (directory != null && !directory.getDirectory().equals(real)) {
      closeAll();
    }
    if (real == null) {
      return null;
    }
    if (directory == null) {
      directory = FSDirectory.open(real);
    }
    if (reader == null) {
      if (!DirectoryReader.indexExists(directory)) {
        return null;
      }
      reader = DirectoryReader.open(directory);
      return reader;
    }
    DirectoryReader newer = DirectoryReader.openIfChanged(reader);
    if (newer != null) {
      reader.close();
      reader = newer;
    }
    return reader;
  }

  private void closeAll() throws IOException {
    if (reader != null) {
      reader.close();
      reader = null;
    }
    if (directory != null) {
      directory.close();
      directory = null;
    }
  }

  @Override
  public synchronized void close() {
    try {
      closeAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
