package dev.framewatch.index;

import dev.framewatch.core.record.Kind;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * What the index holds, for {@code framewatch stats} and the dashboard: document counts, the Kafka offsets it has consumed and
 * the method it was built with.
 *
 * @param exists false when there is no committed index at {@code dir} (everything else is then empty)
 * @param documents live documents
 * @param documentsByKind live documents per kind (wire name), every kind present
 * @param offsets topic to partition to next offset to consume, as committed
 * @param methodName null when unknown
 * @param methodVersion null when unknown
 * @param lastCommit null when unknown
 */
public record IndexInfo(
    Path dir,
    boolean exists,
    long documents,
    Map<String, Long> documentsByKind,
    Map<String, Map<Integer, Long>> offsets,
    String methodName,
    String methodVersion,
    Instant lastCommit) {

  public IndexInfo {
    documentsByKind = Collections.unmodifiableMap(new LinkedHashMap<>(documentsByKind));
    offsets = new CommitData(offsets, null, null, null).offsets(); // sorted, deeply unmodifiable
  }

  /** Reads the latest commit; a missing or empty directory gives an empty info instead of an error. */
  public static IndexInfo read(Path dir) {
    if (!IndexDirectory.exists(dir)) {
      return empty(dir);
    }
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Map<String, Long> byKind = new LinkedHashMap<>();
      for (Kind k : Kind.values()) {
        // count() honours deletions, unlike docFreq, which still sees replaced versions until merges drop them.
        byKind.put(k.wireName(), (long) searcher.count(new TermQuery(new Term(IndexSchema.KIND, k.wireName()))));
      }
      CommitData commit = IndexDirectory.commitData(reader);
      return new IndexInfo(dir, true, reader.numDocs(), byKind, commit.offsets(), commit.methodName(),
          commit.methodVersion(), commit.committedAt());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + dir + ": " + e.getMessage(), e);
    }
  }

  public static IndexInfo empty(Path dir) {
    Map<String, Long> byKind = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      byKind.put(k.wireName(), 0L);
    }
    return new IndexInfo(dir, false, 0, byKind, Map.of(), null, null, null);
  }
}
