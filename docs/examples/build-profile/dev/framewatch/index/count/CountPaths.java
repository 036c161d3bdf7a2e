package dev.framewatch.index.count;

import dev.framewatch.bench.FramewatchShareIndex;
import dev.framewatch.bench.RowGenerator;
import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.schema.Dimension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;

/**
 * An unfiltered share by venue x year, uncached, counted from postings (PostingsCounter, the default) and from doc values only
 * (SegmentCounter), on an index of N generated rows built at DIR on the first run. Checks both give the same counts, then
 * prints the best of five per engine, three rounds. In this package because the doc-values-only counter is for tests.
 */
public class CountPaths {
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[0]);
    Path dir = Paths.get(a[1]);
    if (!Files.exists(dir.resolve("built"))) {
      Files.createDirectories(dir);
      FramewatchShareIndex index = new FramewatchShareIndex(dir, new FrameworkDetector(MethodLoader.load("default")), 192, n);
      new RowGenerator().generate(n, index::add);
      index.commitAndOpen();
      index.close();
      Files.writeString(dir.resolve("built"), "");
    }
    List<Dimension> by = List.of(Dimension.VENUE, Dimension.YEAR);
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      Map<String, ShareCounter> engines = new LinkedHashMap<>();
      engines.put("postings", new ShareCounter(Vocabulary.standard(), false));
      engines.put("doc values", ShareCounter.docValuesOnly(Vocabulary.standard(), SegmentCounter.DENSE_MAX_SLOTS));
      if (!engines.get("postings").count(reader, null, by).equals(engines.get("doc values").count(reader, null, by))) {
        throw new AssertionError("the engines disagree");
      }
      System.out.printf("%,d documents, %d segments%n", reader.numDocs(), reader.leaves().size());
      for (int round = 0; round < 3; round++) {
        for (Map.Entry<String, ShareCounter> e : engines.entrySet()) {
          long best = Long.MAX_VALUE;
          for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            e.getValue().count(reader, null, by);
            best = Math.min(best, System.nanoTime() - t);
          }
          System.out.printf("%s: %.1f ms%n", e.getKey(), best / 1e6);
        }
      }
    }
  }
}
