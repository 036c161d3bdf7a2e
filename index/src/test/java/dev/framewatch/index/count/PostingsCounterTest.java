package dev.framewatch.index.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.Stars;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.query.WhereParser;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.schema.IndexSchema;
import dev.framewatch.index.testing.Records;
import dev.framewatch.index.testing.TestIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unfiltered counts from postings ({@link PostingsCounter}) against the doc-values engine ({@link SegmentCounter}) on an index
 * with what can go wrong: replaced documents, documents without a venue, several frameworks in one document, star snapshots
 * and a method's exclusions (both counted out by term), jobs beside papers, three segments.
 */
class PostingsCounterTest {
  @TempDir static Path dir;
  @TempDir Path raw;

  private static final Method HORACE = MethodLoader.load("horace-2019");
  private static final String[] TEXTS = {"PyTorch", "TensorFlow", "PyTorch and JAX", "no framework", "Keras and PyTorch",
      "TensorFlow and PyTorch"};
  private static final String[] VENUES = {"CVPR", "ICML", "ACL", null, "NeurIPS"};

  private static final ShareCounter POSTINGS = new ShareCounter(Vocabulary.standard(), false);
  private static final ShareCounter DOC_VALUES = ShareCounter.docValuesOnly(Vocabulary.standard(),
      SegmentCounter.DENSE_MAX_SLOTS);
  /** Parallel from the first document, slices of 7 doc ids: slices start and end inside the postings. */
  private static final ShareCounter SLICED = new ShareCounter(Vocabulary.standard(),
      new SegmentRunner(null, SegmentCounter.DENSE_MAX_SLOTS, 1, 7));

  @BeforeAll
  static void buildIndex() throws Exception {
    MethodSet methods = MethodSet.of(Records.DETECTOR, List.of(new FrameworkDetector(HORACE)));
    for (int segment = 0; segment < 3; segment++) {
      List<EvidenceRecord> records = new ArrayList<>();
      // ids 20 * segment .. 20 * segment + 29: each segment replaces ten documents of the one before
      for (int i = segment * 20; i < segment * 20 + 30; i++) {
        List<String> affiliations = i % 7 == 0 ? List.of("Google Brain") : List.of(); // excluded by horace-2019
        records.add(new Paper("p" + i, "test", null, "Paper " + i, VENUES[i % VENUES.length], 2017 + i % 4, List.of(),
            affiliations, List.of(), TEXTS[(i + segment) % TEXTS.length], null, null, null));
      }
      records.add(new Stars("stars:a/b:2024-01-0" + (segment + 1), "github", null, "a/b", LocalDate.of(2024, 1, segment + 1),
          10 + segment, 1, Map.of()));
      records.add(Records.job("j" + segment, "2024-0" + (segment + 1) + "-15", TEXTS[segment]));
      TestIndex.write(dir, methods, records, Map.of());
    }
  }

  private static final List<List<Dimension>> BYS = List.of(List.of(Dimension.VENUE, Dimension.YEAR),
      List.of(Dimension.YEAR), List.of(Dimension.FRAMEWORK), List.of(Dimension.KIND, Dimension.MONTH),
      List.of(Dimension.SOURCE, Dimension.YEAR, Dimension.VENUE), List.of(Dimension.COMBINATION));

  @Test
  void unfilteredCountsFromPostingsEqualTheDocValuesEngine() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      assertEquals(3, reader.leaves().size(), "the test means to cover several segments");
      for (List<Dimension> by : BYS) {
        ShareCounts expected = DOC_VALUES.count(reader, null, by);
        assertEquals(expected, POSTINGS.count(reader, null, by), "by " + by);
        assertEquals(expected, SLICED.count(reader, null, by), "sliced, by " + by);
        ShareCounts horace = DOC_VALUES.count(reader, null, by, HORACE);
        assertEquals(horace, POSTINGS.count(reader, null, by, HORACE), "horace-2019 by " + by);
        assertEquals(horace, SLICED.count(reader, null, by, HORACE), "horace-2019 sliced, by " + by);
      }
      // A --where naming a kind keeps the star snapshots: a filtered plan, counted from doc values either way.
      assertEquals(DOC_VALUES.count(reader, "kind:stars", BYS.get(3)), POSTINGS.count(reader, "kind:stars", BYS.get(3)));
    }
  }

  @Test
  void exactCountsLeaveReplacedDocumentsStarsAndExclusionsOut() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      // p0..p69 once each (twenty replaced) and three jobs; the three star snapshots are left out.
      assertEquals(73, POSTINGS.count(reader, null, List.of(Dimension.KIND)).matchingDocuments());
      // horace-2019 excludes the Google Brain papers, i % 7 == 0 among 0..69: ten of them.
      assertEquals(63, POSTINGS.count(reader, null, List.of(Dimension.KIND), HORACE).matchingDocuments());
      ShareCounts byYear = POSTINGS.count(reader, null, List.of(Dimension.YEAR));
      // Each id's text is that of the last segment holding it: TEXTS[(i + segment) % 6].
      assertEquals(List.of("2017 pytorch 14/18/16", "2017 tensorflow 3/18/16", "2017 jax 3/18/16", "2017 keras 5/18/16",
          "2018 pytorch 10/18/15", "2018 tensorflow 10/18/15", "2018 jax 2/18/15", "2018 keras 2/18/15",
          "2019 pytorch 14/17/15", "2019 tensorflow 3/17/15", "2019 jax 5/17/15", "2019 keras 3/17/15",
          "2020 pytorch 8/17/12", "2020 tensorflow 7/17/12", "2020 jax 1/17/12", "2020 keras 2/17/12",
          "2024 pytorch 2/3/3", "2024 tensorflow 1/3/3", "2024 jax 1/3/3"),
          byYear.rows().stream().map(r -> r.group().get("year") + " " + r.framework() + " " + r.count() + "/" + r.documents()
              + "/" + r.documentsAnyFramework()).toList());
    }
  }

  @Test
  void postingsPathTakesEverySegmentOfAnUnfilteredPlan() throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      WhereParser parser = new WhereParser(Vocabulary.standard());
      CountPlan plan = CountPlan.of(reader, parser, null, List.of(Dimension.VENUE, Dimension.YEAR), HORACE);
      assertEquals(List.of(new Term(IndexSchema.EXCLUDED, "horace-2019"), new Term(IndexSchema.KIND, "stars")),
          PostingsCounter.excludedTermsOrNull(plan));
      for (LeafReaderContext leaf : reader.leaves()) {
        assertTrue(PostingsCounter.count(leaf, 0, leaf.reader().maxDoc(), plan, PostingsCounter.excludedTermsOrNull(plan),
            new Tally(), SegmentCounter.DENSE_MAX_SLOTS), "segment " + leaf.ord);
      }
      assertNull(PostingsCounter.excludedTermsOrNull(CountPlan.of(reader, parser, "text:pytorch", List.of(Dimension.YEAR),
          null)), "a text filter is counted from doc values");
      Method fractional = dev.framewatch.index.testing.Methods.defaultVariant(raw, "fractional", "multiple = fractional");
      assertNull(PostingsCounter.excludedTermsOrNull(new CountPlan(null, List.of(Dimension.YEAR), List.of(Dimension.YEAR),
          plan.query(), IndexSchema.FRAMEWORK, fractional.name(), fractional.version(), true)), "1/n weights need doc values");
    }
  }

  /** A dimension with two values in one document: doc values count its lowest, postings would count both; the engine falls back. */
  @Test
  void severalValuesInAGroupDimensionFallBackToDocValues() throws Exception {
    try (IndexWriter w = new IndexWriter(FSDirectory.open(raw), new IndexWriterConfig())) {
      w.addDocument(doc("1", List.of("acl", "cvpr"), "2019", List.of("pytorch")));
      w.addDocument(doc("2", List.of("cvpr"), "2019", List.of("pytorch", "jax")));
      w.addDocument(doc("3", List.of("acl"), "2020", List.of()));
      w.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(raw))) {
      WhereParser parser = new WhereParser(Vocabulary.standard());
      CountPlan plan = new CountPlan(null, List.of(Dimension.VENUE), List.of(Dimension.VENUE),
          new org.apache.lucene.search.MatchAllDocsQuery(), IndexSchema.FRAMEWORK, "default", "0", false);
      LeafReaderContext leaf = reader.leaves().get(0);
      assertFalse(PostingsCounter.count(leaf, 0, 3, plan, List.of(), new Tally(), SegmentCounter.DENSE_MAX_SLOTS));
      CountPlan byYear = new CountPlan(null, List.of(Dimension.YEAR), List.of(Dimension.YEAR),
          new org.apache.lucene.search.MatchAllDocsQuery(), IndexSchema.FRAMEWORK, "default", "0", false);
      Tally tally = new Tally();
      assertTrue(PostingsCounter.count(leaf, 0, 3, byYear, List.of(), tally, SegmentCounter.DENSE_MAX_SLOTS));
      assertEquals(3, tally.matching);
      assertEquals(2, tally.matchingAnyFramework);
      assertEquals(parser.parse(null).getClass(), plan.query().getClass(), "the plan is what an unfiltered --where gives");
    }
  }

  private static Document doc(String id, List<String> venues, String year, List<String> frameworks) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID, id, Field.Store.YES));
    for (String v : venues) {
      d.add(new StringField(IndexSchema.VENUE, v, Field.Store.NO));
      d.add(new SortedSetDocValuesField(IndexSchema.VENUE, new BytesRef(v)));
    }
    d.add(new StringField(IndexSchema.YEAR, year, Field.Store.NO));
    d.add(new SortedSetDocValuesField(IndexSchema.YEAR, new BytesRef(year)));
    for (String f : frameworks) {
      d.add(new StringField(IndexSchema.FRAMEWORK, f, Field.Store.NO));
      d.add(new SortedSetDocValuesField(IndexSchema.FRAMEWORK, new BytesRef(f)));
    }
    return d;
  }
}
