package dev.framewatch.index.search;

import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/** Figures about the index that monitoring and caches read from an open reader: labelled documents, the commit's name. */
public final class IndexMetricsSearch {
  private IndexMetricsSearch() {}

  /** Live documents carrying a classifier label, per task. */
  public static Map<String, Long> labelledDocuments(DirectoryReader reader, List<String> tasks) {
    IndexSearcher searcher = new IndexSearcher(reader);
    Map<String, Long> out = new HashMap<>();
    try {
      for (String task : tasks) {
        out.put(task, (long) searcher.count(new FieldExistsQuery(IndexSchema.labelField(task))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count labels: " + e.getMessage(), e);
    }
    return out;
  }

  /**
   * Names the commit a reader sees: the generation directory and the reader version, {@code gen-...@42}. A new commit, or a
   * reindex switching generations, gives another name.
   */
  public static String commitName(DirectoryReader reader) {
    Object directory = reader.directory() instanceof FSDirectory fs ? fs.getDirectory().getFileName() : "dir";
    return directory + "@" + reader.getVersion();
  }
}
