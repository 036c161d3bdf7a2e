package dev.framewatch.index.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.testing.Methods;
import dev.framewatch.index.testing.Records;
import dev.framewatch.index.testing.TestIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counting segments in slices on several threads, and reusing cached unfiltered segment tallies, gives exactly the numbers of
 * one thread counting every document; a cached tally is never used for a segment whose documents changed.
 */
class SegmentRunnerTest {
  @TempDir static Path dir;
  @TempDir static Path methodDir;
  @TempDir Path growing;

  static Method fractional;
  static MethodSet methods;

  private static final String[] TEXTS = {"PyTorch", "TensorFlow", "PyTorch and JAX", "no framework", "Keras and PyTorch"};
  private static final String[] VENUES = {"CVPR", "ICML", "ACL", null};

  /** One thread, no cache: the reference. */
  private static final ShareCounter PLAIN = new ShareCounter(Vocabulary.standard(), false);

  /** Parallel from the first document, slices of 7 doc ids: every segment cut in several slices. */
  private static ShareCounter sliced(boolean cached) {
    return new ShareCounter(Vocabulary.standard(),
        new SegmentRunner(cached ? new SegmentCountCache() : null, SegmentCounter.DENSE_MAX_SLOTS, 1, 7));
  }

  @BeforeAll
  static void buildIndex() throws Exception {
    fractional = Methods.defaultVariant(methodDir, "fractional", "multiple = fractional");
    methods = MethodSet.of(Records.DETECTOR, List.of(new FrameworkDetector(fractional)));
    for (int segment = 0; segment < 3; segment++) {
      write(dir, segment);
    }
  }

  /** Segment {@code segment}: ids {@code 20 * segment} to {@code 20 * segment + 29}, replacing ten of the previous one's. */
  private static void write(Path into, int segment) throws Exception {
    List<EvidenceRecord> records = new ArrayList<>();
    for (int i = segment * 20; i < segment * 20 + 30; i++) {
      records.add(Records.paper("p" + i, VENUES[i % VENUES.length], 2017 + i % 4, TEXTS[(i + segment) % TEXTS.length]));
    }
    TestIndex.write(into, methods, records, Map.of());
  }

  @Test
  void slicedParallelCountsExactlyAsOneThread() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      assertEquals(3, reader.leaves().size(), "the test means to cover several segments");
      ShareCounter sliced = sliced(false);
      for (String where : new String[] {null, "text:pytorch", "venue:acl"}) {
        for (List<Dimension> by : List.of(List.of(Dimension.VENUE, Dimension.YEAR), List.of(Dimension.FRAMEWORK))) {
          assertEquals(PLAIN.count(reader, where, by), sliced.count(reader, where, by), where + " by " + by);
        }
      }
      List<Dimension> byVenue = List.of(Dimension.VENUE);
      assertEquals(PLAIN.count(reader, null, byVenue, fractional), sliced.count(reader, null, byVenue, fractional));
    }
  }

  @Test
  void slicedExactCounts() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      ShareCounts all = sliced(true).count(reader, null, List.of(Dimension.YEAR));
      assertEquals(70, all.matchingDocuments()); // ids p0..p69, each once however many segments held it
      ShareCounts acl = sliced(false).count(reader, "venue:acl", List.of(Dimension.YEAR));
      assertEquals(List.of("2019 pytorch 10/17/13", "2019 tensorflow 3/17/13", "2019 jax 3/17/13", "2019 keras 4/17/13"),
          acl.rows().stream().map(r -> r.group().get("year") + " " + r.framework() + " " + r.count() + "/" + r.documents()
              + "/" + r.documentsAnyFramework()).toList());
    }
  }

  @Test
  void cachedTalliesFollowTheIndexAsItChanges() throws Exception {
    ShareCounter cached = sliced(true);
    List<Dimension> by = List.of(Dimension.VENUE, Dimension.YEAR);
    write(growing, 0);
    write(growing, 1);
    ShareCounts before;
    try (DirectoryReader reader = IndexDirectory.openReader(growing)) {
      before = cached.count(reader, null, by);
      assertEquals(50, before.matchingDocuments());
      assertEquals(before, cached.count(reader, null, by), "a second count, from the cache, is the same");
    }
    write(growing, 2); // replaces p40..p49 of the second segment: its deletions change, its cached tally must not be used
    try (DirectoryReader reader = IndexDirectory.openReader(growing)) {
      ShareCounts after = cached.count(reader, null, by);
      assertEquals(PLAIN.count(reader, null, by), after);
      assertEquals(70, after.matchingDocuments());
      assertNotEquals(before.rows(), after.rows());
    }
  }
}
