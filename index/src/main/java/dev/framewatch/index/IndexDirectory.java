package dev.framewatch.index;

import dev.framewatch.index.schema.CommitData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Opening the index for reading: one place that says what "no index yet" looks like to the user. */
public final class IndexDirectory {
  private IndexDirectory() {}

  /** Whether {@code dir} holds a committed Lucene index. */
  public static boolean exists(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens a point-in-time reader on the latest commit (FSDirectory picks MMapDirectory on 64-bit JVMs). Readers take no lock, so
   * this works while an indexer is writing. Closing the reader is enough: an FSDirectory holds no resources of its own.
   *
   * @throws IllegalStateException with one line when there is no index at {@code dir}
   */
  public static DirectoryReader openReader(Path dir) {
    if (!exists(dir)) {
      throw new IllegalStateException("no index at " + dir + ": run `framewatch index` first");
    }
    try {
      return DirectoryReader.open(FSDirectory.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The commit user data of the commit a reader sees; {@link CommitData#EMPTY} for readers not on a directory commit. */
  public static CommitData commitData(IndexReader reader) {
    if (reader instanceof DirectoryReader dr) {
      try {
        return CommitData.parse(dr.getIndexCommit().getUserData());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the index commit: " + e.getMessage(), e);
      }
    }
    return CommitData.EMPTY;
  }
}
