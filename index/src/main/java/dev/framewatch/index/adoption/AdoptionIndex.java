package dev.framewatch.index.adoption;

import dev.framewatch.core.record.Adoption;
import dev.framewatch.core.record.AdoptionCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adoption measurements, indexed apart from the evidence: a small Lucene index in the {@code adoption} folder inside the
 * index directory (so it moves with the index's generation on a reindex), one document per measurement id holding its JSON.
 * Apart because a measurement is not a document that chooses a framework: in the evidence index it would enter every share's
 * denominator. A few thousand measurements at most (months x frameworks x signals), so readers take them all.
 */
public final class AdoptionIndex {
  private static final Logger LOG = LoggerFactory.getLogger(AdoptionIndex.class);
  /** The folder inside the index directory. */
  public static final String FOLDER = "adoption";
  private static final String ID = "id";
  private static final String JSON = "json";
  /** The order measurements are read in: signal, framework, month. */
  public static final Comparator<Adoption> ORDER = Comparator.comparing(Adoption::signal)
      .thenComparing(Adoption::framework).thenComparing(Adoption::month);

  private AdoptionIndex() {}

  public static Path dir(Path indexDir) {
    return indexDir.resolve(FOLDER);
  }

  /** Every measurement committed, in {@link #ORDER}; none when the index has no adoption folder yet. */
  public static List<Adoption> read(Path indexDir) {
    Path dir = dir(indexDir);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Adoption> out = new ArrayList<>();
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return List.of();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int d = 0; d < leaf.reader().maxDoc(); d++) {
            if (live == null || live.get(d)) {
              out.add(AdoptionCodec.decode(stored.document(d).get(JSON)));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the adoption index " + dir + ": " + e.getMessage(), e);
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /** Opens the writer of {@code indexDir}'s adoption index; a rebuild starts it empty. */
  public static Writer open(Path indexDir, boolean rebuild) {
    return new Writer(dir(indexDir), rebuild);
  }

  /**
   * Writes measurements by id (a replay overwrites) and persists them only on {@link #commit}; the indexer commits it just
   * before the evidence index, whose commit holds the Kafka offsets, so a crash between the two replays measurements that are
   * already here, which overwrites them with themselves.
   */
  public static final class Writer implements AutoCloseable {
    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;

    private Writer(Path dir, boolean rebuild) {
      this.dir = dir;
      try {
        Files.createDirectories(dir);
        directory = FSDirectory.open(dir);
        writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
            .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setCommitOnClose(false));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the adoption index " + dir + ": " + e.getMessage(), e);
      }
    }

    public void put(Adoption measurement) {
      Document doc = new Document();
      doc.add(new StringField(ID, measurement.id(), Field.Store.NO));
      doc.add(new StoredField(JSON, AdoptionCodec.encode(measurement)));
      try {
        writer.updateDocument(new Term(ID, measurement.id()), doc);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the adoption index " + dir + ": " + e.getMessage(), e);
      }
    }

    public void delete(String id) {
      try {
        writer.deleteDocuments(new Term(ID, id));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the adoption index " + dir + ": " + e.getMessage(), e);
      }
    }

    public void commit() {
      try {
        writer.commit();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot commit the adoption index " + dir + ": " + e.getMessage(), e);
      }
    }

    /** Rolls back what was not committed; a failure is logged, so the evidence index behind it still gets closed. */
    @Override
    public void close() {
      try {
        writer.close();
      } catch (IOException | RuntimeException e) {
        LOG.warn("closing the adoption index {}: {}", dir, e.toString());
      }
      try {
        directory.close();
      } catch (IOException e) {
        LOG.warn("closing the adoption index directory {}: {}", dir, e.toString());
      }
    }
  }
}
