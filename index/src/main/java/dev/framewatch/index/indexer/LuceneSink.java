package dev.framewatch.index.indexer;

import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Labels;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene side of the indexer, and the one place its exactly-once contract is kept: documents are written by id
 * ({@code updateDocument}, so a replay overwrites), and {@link #commit} persists them in the same Lucene commit as the Kafka
 * offsets they came from. Nothing else commits: the writer never commits on close, so after a crash the index and its offsets
 * agree at the last {@link #commit}, and the loop replays from there.
 *
 * <p>Not thread-safe, like the indexer that owns it.
 */
final class LuceneSink implements AutoCloseable {
  // Logs under the indexer's name: operators follow one logger for everything the indexer does.
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  private final Path indexDir;
  /** Every commit records them: a later run refuses the index if they changed (see {@code MethodCheck}). */
  private final MethodSet methods;
  private final Directory directory;
  /** Holds the index's write lock until {@link #close}; never commits on its own. */
  private final IndexWriter writer;
  /** Adds where the id cannot be in the index yet (a new or rebuilt index), updates otherwise. */
  private final IdWrites writes;
  private CommitData resumed = CommitData.EMPTY;
  private boolean hasCommit;

  /** Opens the directory and takes the write lock; on failure releases what it opened. */
  private LuceneSink(Path indexDir, MethodSet methods, double ramBufferMb, boolean rebuild) {
    try {
      Files.createDirectories(indexDir);
      directory = FSDirectory.open(indexDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index " + indexDir + ": " + e.getMessage(), e);
    }
    IndexWriterConfig config = new IndexWriterConfig(IndexSchema.analyzer())
        .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb)
        // Only our explicit commits may persist documents: a commit without matching offsets would break exactly-once.
        .setCommitOnClose(false);
    try {
      writer = new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      closeDirectory(directory, indexDir);
      throw new IllegalStateException("index " + indexDir + " is in use by another framewatch process", e);
    } catch (IOException e) {
      closeDirectory(directory, indexDir);
      throw new UncheckedIOException("cannot open index " + indexDir + ": " + e.getMessage(), e);
    }
    this.indexDir = indexDir;
    this.methods = methods;
    this.writes = IdWrites.of(writer);
  }

  /**
   * Opens (or creates) the index at {@code indexDir} and takes its write lock.
   *
   * @param rebuild start a new index over the old one: its documents stay readable until the first {@link #commit} replaces
   *     them, and its offsets and methods are ignored
   * @throws IllegalStateException when another process holds the index, or its commit data cannot be trusted
   */
  static LuceneSink open(Path indexDir, MethodSet methods, double ramBufferMb, boolean rebuild) {
    LuceneSink opened = new LuceneSink(indexDir, methods, ramBufferMb, rebuild);
    if (rebuild) {
      return opened; // the new index has no commit yet; the old one's offsets and method are deliberately ignored
    }
    try {
      opened.resume();
      return opened;
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  /** Reads the index's last commit: the offsets to resume from and the methods it was built with. */
  private void resume() {
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    Map<String, String> userData = new HashMap<>();
    if (live != null) {
      live.forEach(e -> userData.put(e.getKey(), e.getValue()));
    }
    try {
      hasCommit = DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + indexDir + ": " + e.getMessage(), e);
    }
    try {
      resumed = CommitData.parse(userData);
    } catch (IllegalStateException e) {
      throw new IllegalStateException("index " + indexDir + ": " + e.getMessage() + "; run `framewatch reindex`", e);
    }
  }

  Path indexDir() {
    return indexDir;
  }

  /** The commit this sink resumed from: offsets to seek to and the methods it was built with; empty for a rebuild. */
  CommitData resumed() {
    return resumed;
  }

  /** Whether the index has any commit of this sink's lineage (a rebuild has none until its first). */
  boolean hasCommit() {
    return hasCommit;
  }

  /** Whether any committed document carries a classifier label. */
  boolean anyLabels() {
    if (!hasCommit) {
      return false;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      for (String task : Labels.TASKS) {
        q.add(new FieldExistsQuery(IndexSchema.labelConfidence(IndexSchema.labelField(task))), BooleanClause.Occur.SHOULD);
      }
      return new IndexSearcher(reader).count(q.build()) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Adds or replaces the document with this id; visible to readers after the next {@link #commit}.
   *
   * @throws IllegalArgumentException when Lucene refuses the document (e.g. a term over 32 KB); the writer stays usable
   */
  void update(String id, Document document) {
    try {
      writes.write(id, document);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  void delete(String id) {
    try {
      writer.deleteDocuments(new Term(IndexSchema.ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Commits every document written so far together with {@code offsets} (topic to partition to the next offset to consume;
   * every partition, not only changed ones) and the methods: the one place the exactly-once guarantee is made.
   */
  void commit(Map<String, Map<Integer, Long>> offsets) {
    Method primary = methods.primary().method();
    CommitData data = new CommitData(offsets, primary.name(), primary.version(), Instant.now(), methods.labels());
    try {
      writer.setLiveCommitData(data.toUserData().entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit index " + indexDir + ": " + e.getMessage(), e);
    }
    hasCommit = true;
    LOG.debug("committed index {} at offsets {}", indexDir, data.offsets());
  }

  /** A near-real-time reader: sees what was written so far, committed or not. The caller closes it. */
  DirectoryReader openNearRealTimeReader() {
    try {
      return DirectoryReader.open(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** Releases the index lock; what was written since the last {@link #commit} is rolled back, never committed. */
  @Override
  public void close() {
    try {
      writer.close(); // commitOnClose is off: uncommitted changes are rolled back
    } catch (IOException | RuntimeException e) {
      LOG.warn("closing index {}: {}", indexDir, e.toString());
    }
    closeDirectory(directory, indexDir);
  }

  private static void closeDirectory(Directory directory, Path indexDir) {
    try {
      directory.close();
    } catch (IOException e) {
      LOG.warn("closing index directory {}: {}", indexDir, e.toString());
    }
  }
}
