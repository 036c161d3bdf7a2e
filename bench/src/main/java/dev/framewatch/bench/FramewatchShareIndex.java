package dev.framewatch.bench;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.Method;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.indexer.IdWrites;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.count.ShareCounter;
import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** framewatch's side of {@code bench share}: a real on-disk index built by DocumentBuilder, counted by ShareCounter. */
public final class FramewatchShareIndex implements AutoCloseable {
  static final List<Dimension> BY = List.of(Dimension.VENUE, Dimension.YEAR);

  private final Path dir;
  private final DocumentBuilder builder;
  private final Method method;
  private final IndexWriter writer;
  private final IdWrites writes;
  private DirectoryReader reader;
  private final ShareCounter counter = new ShareCounter();
  /** The same engine without the cache of unfiltered segment tallies: what a first count after opening the index costs. */
  private final ShareCounter uncached = new ShareCounter(Vocabulary.standard(), false);

  /** @param expectedDocuments how many rows will be added: sizes the filter of ids already written ({@link IdWrites}) */
  public FramewatchShareIndex(Path dir, FrameworkDetector detector, double ramBufferMb, long expectedDocuments) {
    this.dir = dir;
    this.builder = new DocumentBuilder(detector, Vocabulary.standard());
    this.method = detector.method();
    try {
      // A bulk build into a fresh index: merges run at full speed (Lucene throttles merge writes by default, and close()
      // waits for every merge, so a throttled merge backlog was part of the build time at 10M documents).
      ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
      merges.disableAutoIOThrottle();
      this.writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(IndexSchema.analyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(ramBufferMb).setMergeScheduler(merges));
      // As the indexer writes into a new index: by id, adding where the id cannot be there yet.
      this.writes = IdWrites.of(writer, expectedDocuments);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Thread-safe: several threads may add rows at once. */
  public void add(BenchRow row) {
    try {
      writes.write(row.id(), builder.build(row.toPaper()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits (with the method in the commit data, as the indexer does), closes the writer, opens the reader. */
  public void commitAndOpen() {
    commit();
    closeAndOpen();
  }

  /**
   * Commits every document written so far, with the method in the commit data as the indexer does: from here the index is
   * complete and searchable. Merges the writer started may still run.
   */
  public void commit() {
    try {
      writer.setLiveCommitData(new CommitData(Map.of(), method.name(), method.version(), Instant.now()).toUserData().entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Closes the writer, which waits for its running merges and commits their result (the live indexer keeps its writer open and
   * lets them finish in the background), then opens the reader on the merged index.
   */
  public void closeAndOpen() {
    try {
      writer.close();
      reader = IndexDirectory.openReader(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int segments() {
    return reader.leaves().size();
  }

  public int documents() {
    return reader.numDocs();
  }

  /** share by venue x year (x framework), with {@code where} as framewatch's {@code --where} (null for all documents). */
  public ShareCounts count(String where) {
    return counter.count(reader, where, BY);
  }

  /** As {@link #count}, every segment counted again (no cached segment tallies). */
  public ShareCounts countUncached(String where) {
    return uncached.count(reader, where, BY);
  }

  public static List<CountRow> rows(ShareCounts counts) {
    List<CountRow> out = new ArrayList<>(counts.rows().size());
    for (ShareRow r : counts.rows()) {
      out.add(new CountRow(r.group().get("venue"), r.group().get("year"), r.framework(), r.count(), r.documents(),
          r.documentsAnyFramework()));
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    if (writer.isOpen()) {
      writer.rollback();
    }
  }
}
