package dev.framewatch.index.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.Stars;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.query.WhereParser;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.schema.IndexSchema;
import dev.framewatch.index.testing.TestIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a count counts: the method's field and exclusions, the star snapshots left out unless asked for. */
class CountPlanTest {
  @TempDir static Path dir;

  private static final WhereParser PARSER = new WhereParser(Vocabulary.standard());
  private static final Method HORACE = MethodLoader.load("horace-2019");

  @BeforeAll
  static void buildIndex() throws Exception {
    MethodSet methods = MethodSet.of(new FrameworkDetector(MethodLoader.load("default")),
        List.of(new FrameworkDetector(HORACE)));
    TestIndex.write(dir, methods, List.of(
        new Paper("p1", "test", null, "Paper p1", "ICLR", 2019, List.of(), List.of(), List.of(), "In PyTorch.", null, null,
            null),
        new Paper("p2", "test", null, "Paper p2", "ICLR", 2019, List.of(), List.of("Google Brain"), List.of(),
            "In TensorFlow.", null, null, null),
        new Stars("stars:a/b:2024-01-01", "github", null, "a/b", LocalDate.of(2024, 1, 1), 10, 0, Map.of()),
        new Stars("stars:a/b:2024-01-02", "github", null, "a/b", LocalDate.of(2024, 1, 2), 12, 2, Map.of())), Map.of());
  }

  private static int matching(DirectoryReader reader, CountPlan plan) throws Exception {
    return new IndexSearcher(reader).count(plan.query());
  }

  @Test
  void primaryMethodLeavesStarSnapshotsOutUnlessTheWhereNamesAKind() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      CountPlan plan = CountPlan.of(reader, PARSER, null, List.of(Dimension.YEAR, Dimension.FRAMEWORK, Dimension.YEAR), null);
      assertEquals("default", plan.methodName());
      assertEquals("0.3.0", plan.methodVersion());
      assertEquals(IndexSchema.FRAMEWORK, plan.frameworkField());
      assertFalse(plan.fractional());
      assertEquals(List.of(Dimension.YEAR), plan.groupBy(), "framework is implied by the rows; each dimension once");
      assertEquals(List.of(Dimension.YEAR, Dimension.FRAMEWORK, Dimension.YEAR), plan.by());
      assertEquals(2, matching(reader, plan));
      assertEquals(2, matching(reader, CountPlan.of(reader, PARSER, "kind:stars", List.of(Dimension.YEAR), null)));
      assertEquals(4, matching(reader, CountPlan.of(reader, PARSER, "kind:stars OR kind:paper", List.of(), null)));
    }
  }

  @Test
  void anIndexedMethodCountsItsOwnFieldWithoutWhatItExcludes() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      CountPlan plan = CountPlan.of(reader, PARSER, "", List.of(Dimension.VENUE), HORACE);
      assertEquals("horace-2019", plan.methodName());
      assertEquals("1.0.0", plan.methodVersion());
      assertEquals(IndexSchema.frameworkField("horace-2019", false), plan.frameworkField());
      assertEquals(1, matching(reader, plan), "the Google Brain paper is outside horace-2019's counts");
    }
  }

  @Test
  void aMethodTheIndexDoesNotCountWithIsRefusedWithTheFix() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CountPlan.of(reader, PARSER, null, List.of(Dimension.YEAR), HORACE.withVersion("2.0.0")));
      assertEquals("the index counts with methods default 0.3.0, horace-2019 1.0.0, not horace-2019 2.0.0: add it to"
          + " method.indexed (or make it method.default) and run `framewatch reindex`", e.getMessage());
    }
  }
}
