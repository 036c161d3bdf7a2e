package dev.framewatch.analytics.share;

import dev.framewatch.index.count.Dimension;
import dev.framewatch.index.count.ShareCounter;
import dev.framewatch.index.count.ShareCounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Counts shares on the Lucene index of a data dir, reopening the reader only when the indexer has committed since (so a
 * long-running dashboard sees new data without paying for a reopen per request).
 */
public final class IndexShareService implements ShareService, AutoCloseable {
  private final Directory directory;
  private final ShareCounter counter = new ShareCounter();
  private DirectoryReader reader;

  public IndexShareService(Path indexDir) {
    try {
      this.directory = FSDirectory.open(indexDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized ShareCounts share(List<Dimension> by, String where) {
    try {
      DirectoryReader current = current();
      if (current == null) {
        return new ShareCounts(by, where, "none", "-", List.of(), 0, 0);
      }
      return counter.count(current, where, by);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
  }

  private DirectoryReader current() throws IOException {
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

  @Override
  public synchronized void close() {
    try {
      if (reader != null) {
        reader.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
