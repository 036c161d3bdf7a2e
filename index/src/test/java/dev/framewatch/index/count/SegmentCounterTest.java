package dev.framewatch.index.count;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The tally engine's two paths: groups hashed (large ordinal spaces) count exactly as groups indexed directly. */
class SegmentCounterTest {
  @TempDir static Path dir;
  @TempDir static Path methodDir;

  static Method fractional;

  private static final String[] TEXTS = {"PyTorch", "TensorFlow", "PyTorch and JAX", "no framework", "Keras and PyTorch"};
  private static final String[] VENUES = {"CVPR", "ICML", "ACL", null};

  @BeforeAll
  static void buildIndex() throws Exception {
    fractional = Methods.defaultVariant(methodDir, "fractional", "multiple = fractional");
    MethodSet methods = MethodSet.of(Records.DETECTOR, List.of(new FrameworkDetector(fractional)));
    // Three segments, the second replacing some documents of the first.
    for (int segment = 0; segment < 3; segment++) {
      List<EvidenceRecord> records = new ArrayList<>();
      for (int i = segment * 20; i < segment * 20 + 30; i++) {
        records.add(Records.paper("p" + i, VENUES[i % VENUES.length], 2017 + i % 4, TEXTS[(i + segment) % TEXTS.length]));
      }
      TestIndex.write(dir, methods, records, Map.of());
    }
  }

  private static void assertSameOnBothPaths(String where, Method method, Dimension... by) throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      assertEquals(3, reader.leaves().size(), "the test means to cover several segments");
      ShareCounter dense = new ShareCounter(Vocabulary.standard());
      ShareCounter hashed = new ShareCounter(Vocabulary.standard(), 1);
      List<Dimension> dims = List.of(by);
      ShareCounts expected = method == null ? dense.count(reader, where, dims) : dense.count(reader, where, dims, method);
      assertEquals(expected, method == null ? hashed.count(reader, where, dims) : hashed.count(reader, where, dims, method));
    }
  }

  @Test
  void hashedGroupsCountExactlyAsDenseOnes() throws Exception {
    assertSameOnBothPaths(null, null, Dimension.VENUE, Dimension.YEAR);
    assertSameOnBothPaths("text:pytorch", null, Dimension.YEAR, Dimension.FRAMEWORK);
    assertSameOnBothPaths(null, null, Dimension.FRAMEWORK);
    assertSameOnBothPaths(null, fractional, Dimension.VENUE, Dimension.YEAR);
  }

  @Test
  void hashedPathExactCounts() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      ShareCounts counts = new ShareCounter(Vocabulary.standard(), 1).count(reader, "venue:acl", List.of(Dimension.YEAR));
      // Ids 0..69, ACL where i % 4 == 2 (p2, p6, ... p66: 17, all of 2019); each id's text is that of the last segment
      // holding it, TEXTS[(i + segment) % 5]: 4 name no framework, 10 PyTorch, 3 TensorFlow, 3 JAX, 4 Keras.
      assertEquals(17, counts.matchingDocuments());
      assertEquals(List.of("2019 pytorch 10/17/13", "2019 tensorflow 3/17/13", "2019 jax 3/17/13", "2019 keras 4/17/13"),
          counts.rows().stream().map(r -> r.group().get("year") + " " + r.framework() + " " + r.count() + "/" + r.documents()
              + "/" + r.documentsAnyFramework()).toList());
    }
  }
}
