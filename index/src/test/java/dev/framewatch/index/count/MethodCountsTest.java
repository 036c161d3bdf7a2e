package dev.framewatch.index.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.method.MethodSet;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.IndexDirectory;
import dev.framewatch.index.schema.CommitData;
import dev.framewatch.index.schema.Dimension;
import dev.framewatch.index.schema.DocumentBuilder;
import dev.framewatch.index.schema.IndexSchema;
import dev.framewatch.index.testing.Methods;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small corpus counted by every shipped method (and a fractional and a usage-deciding variant of the default) from one
 * index: every trap the methods name, documents naming several frameworks, and the exclusions of Horace He's method.
 *
 * <pre>
 * id   text                                                           default            horace-2019
 * p1   implemented in PyTorch                                         pytorch            pytorch
 * p2   TensorFlow with tf.keras layers                                tensorflow         tensorflow
 * p3   PyTorch and TensorFlow ports (usage label: tf only mentioned)  pytorch+tensorflow dropped (both)
 * p4   a Keras model                                                  keras              tensorflow (Keras folded in)
 * p5   Google Brain authors, TensorFlow                               tensorflow         excluded
 * p6   e-mail domain fb.com, PyTorch                                  pytorch            excluded
 * p7   GaN transistors (the material)                                 -                  -
 * p8   TF-IDF weighting and the tf of each term                       -                  -
 * p9   Lua Torch7 code                                                -                  -
 * p10  pytorch-lightning and JAX                                      pytorch+jax        pytorch
 * p11  a Keras-like API                                               - (trap)           tensorflow (substring)
 * p12  PyTorchVideo                                                   - (word bound)     pytorch (substring)
 * p13  Jaxon the author                                               -                  -
 * </pre>
 */
class MethodCountsTest {
  @TempDir static Path dir;
  @TempDir static Path methodDir;

  static Method fractional;
  static Method usage;

  @BeforeAll
  static void buildIndex() throws Exception {
    fractional = Methods.defaultVariant(methodDir, "fractional", "multiple = fractional");
    usage = Methods.defaultVariant(methodDir, "usage", "usage-classifier = decides");
    MethodSet methods = MethodSet.of(new FrameworkDetector(MethodLoader.load("default")), List.of(
        new FrameworkDetector(MethodLoader.load("horace-2019")), new FrameworkDetector(fractional),
        new FrameworkDetector(usage)));
    DocumentBuilder builder = new DocumentBuilder(methods, Vocabulary.standard());
    List<Paper> papers = new ArrayList<>();
    papers.add(paper("p1", "ICLR", 2019, "Our model is implemented in PyTorch.", List.of(), List.of()));
    papers.add(paper("p2", "ICLR", 2019, "We build on TensorFlow with tf.keras layers.", List.of(), List.of()));
    papers.add(paper("p3", "ICLR", 2019, "Code in PyTorch; unlike the TensorFlow port, it is fast.", List.of(), List.of()));
    papers.add(paper("p4", "ICLR", 2019, "A Keras model.", List.of(), List.of()));
    papers.add(paper("p5", "ICLR", 2019, "Trained with TensorFlow.", List.of("Google Brain"), List.of()));
    papers.add(paper("p6", "ICLR", 2019, "Trained with PyTorch.", List.of(), List.of("fb.com")));
    papers.add(paper("p7", "ICLR", 2019, "GaN transistors grown on silicon substrates.", List.of(), List.of()));
    papers.add(paper("p8", "ICLR", 2020, "TF-IDF weighting and the tf of each term.", List.of(), List.of()));
    papers.add(paper("p9", "ICLR", 2020, "We release Lua Torch7 code.", List.of(), List.of()));
    papers.add(paper("p10", "ICLR", 2020, "We use pytorch-lightning and JAX.", List.of(), List.of()));
    papers.add(paper("p11", "ICLR", 2020, "A Keras-like API for graphs.", List.of(), List.of()));
    papers.add(paper("p12", "ICLR", 2020, "Video models from PyTorchVideo.", List.of(), List.of()));
    papers.add(paper("p13", "ICLR", 2020, "Jaxon and colleagues proved a bound.", List.of(), List.of()));
    Labels p3Usage = new Labels("p3", Map.of("usage", new Labels.Label("pytorch:use,tensorflow:mention", 0.9, "usage", "1")));
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(IndexSchema.analyzer()))) {
      for (Paper p : papers) {
        w.updateDocument(new Term(IndexSchema.ID, p.id()), builder.build(p, p.id().equals("p3") ? p3Usage : null));
      }
      w.setLiveCommitData(new CommitData(Map.of(), "default", "0.3.0", Instant.EPOCH, methods.labels())
          .toUserData().entrySet());
      w.commit();
    }
  }

  static Paper paper(String id, String venue, int year, String text, List<String> affiliations, List<String> emails) {
    return new Paper(id, "test", null, "Paper " + id, venue, year, List.of(), affiliations, emails, text, null, null, null);
  }

  private static ShareCounts count(Method method, Dimension... by) throws Exception {
    try (DirectoryReader reader = IndexDirectory.openReader(dir)) {
      return new ShareCounter().count(reader, null, List.of(by), method);
    }
  }

  /** {@code group framework count/weight of any/all}, one line per row. */
  private static List<String> lines(ShareCounts counts) {
    return counts.rows().stream().map(r -> String.join(",", r.group().values()) + " " + r.framework() + " " + r.count()
        + "/" + r.weight() + " of " + r.documentsAnyFramework() + "/" + r.documents()).toList();
  }

  @Test
  void defaultCountsEachFrameworkNamedAndSkipsEveryTrap() throws Exception {
    ShareCounts c = count(MethodLoader.load("default"), Dimension.YEAR);
    assertEquals("default", c.methodName());
    assertEquals(13, c.matchingDocuments());
    assertEquals(7, c.matchingDocumentsAnyFramework()); // p1-p6, p10
    assertEquals(List.of(
        "2019 pytorch 3/3.0 of 6/7",
        "2019 tensorflow 3/3.0 of 6/7",
        "2019 keras 1/1.0 of 6/7",
        "2020 pytorch 1/1.0 of 1/6",
        "2020 jax 1/1.0 of 1/6"), lines(c));
  }

  @Test
  void horace2019DropsPapersNamingBothAndExcludesGoogleAndFacebook() throws Exception {
    ShareCounts c = count(MethodLoader.load("horace-2019"), Dimension.VENUE, Dimension.YEAR);
    assertEquals("horace-2019", c.methodName());
    assertEquals("1.0.0", c.methodVersion());
    assertEquals(11, c.matchingDocuments(), "p5 (Google Brain) and p6 (fb.com) are outside the counts");
    assertEquals(6, c.matchingDocumentsAnyFramework()); // p1, p2, p4 in 2019; p10, p11, p12 in 2020
    assertEquals(List.of(
        "iclr,2019 pytorch 1/1.0 of 3/5",
        "iclr,2019 tensorflow 2/2.0 of 3/5",
        "iclr,2020 pytorch 2/2.0 of 3/6",
        "iclr,2020 tensorflow 1/1.0 of 3/6"), lines(c));
  }

  @Test
  void fractionalGivesEachOfNFrameworksOneNth() throws Exception {
    ShareCounts c = count(fractional, Dimension.KIND);
    assertEquals(List.of(
        "paper pytorch 4/3.0 of 7/13",
        "paper tensorflow 3/2.5 of 7/13",
        "paper jax 1/0.5 of 7/13",
        "paper keras 1/1.0 of 7/13"), lines(c));
    double total = c.rows().stream().mapToDouble(r -> r.weight()).sum();
    assertEquals(7.0, total, 1e-12, "every document naming a framework weighs exactly one");
  }

  @Test
  void usageClassifierDecidesDropsMereMentions() throws Exception {
    ShareCounts c = count(usage, Dimension.KIND);
    assertEquals(List.of(
        "paper pytorch 4/4.0 of 7/13",
        "paper tensorflow 2/2.0 of 7/13", // p3's TensorFlow is only mentioned ("unlike the TensorFlow port")
        "paper jax 1/1.0 of 7/13",
        "paper keras 1/1.0 of 7/13"), lines(c));
  }

  @Test
  void combinationKeepsExclusiveAndSeveralApart() throws Exception {
    ShareCounts c = count(MethodLoader.load("default"), Dimension.COMBINATION);
    assertEquals(13, c.matchingDocuments());
    assertEquals(List.of(
        "keras keras 1/1.0 of 1/1",
        "pytorch pytorch 2/2.0 of 2/2",
        "pytorch+jax pytorch 1/1.0 of 1/1",
        "pytorch+jax jax 1/1.0 of 1/1",
        "pytorch+tensorflow pytorch 1/1.0 of 1/1",
        "pytorch+tensorflow tensorflow 1/1.0 of 1/1",
        "tensorflow tensorflow 2/2.0 of 2/2"), lines(c));
  }

  @Test
  void aMethodTheIndexDoesNotCountWithIsRefusedWithTheFix() throws Exception {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> count(MethodLoader.load("default").withVersion("0.1.0")));
    assertTrue(e.getMessage().contains("the index counts with methods default 0.3.0, horace-2019 1.0.0, fractional 1, usage 1,"
        + " not default 0.1.0"), e.getMessage());
    assertTrue(e.getMessage().contains("method.indexed"), e.getMessage());
  }
}
