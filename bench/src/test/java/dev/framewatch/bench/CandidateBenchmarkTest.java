package dev.framewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.analytics.classify.HoldoutSplit;
import dev.framewatch.analytics.classify.LabelledText;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The candidates of bench classify on the embedded demo papers: earlier years trained on, later ones scored. */
class CandidateBenchmarkTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void theDemoSplitTrainsOnEarlierYearsAndTestsOnLaterOnes() {
    HoldoutSplit split = CandidateBenchmark.demoSplit();
    // CVPR 2017/2019/2021 (20 each, one served without its abstract still has one here) and ACL 2018/2020 (16 each).
    assertEquals(92, split.train().size());
    assertEquals(88, split.heldOut().size());
    assertEquals(List.of("language", "vision"), split.heldOut().stream().map(LabelledText::label).distinct().sorted().toList());
  }

  @Test
  void wordCandidatesSideBySide() {
    CandidateBenchmark.Table t = new CandidateBenchmark(List.of("nb", "lr", "bow"), null, null, QUIET).run();
    assertEquals(List.of("nb", "lr", "bow"), t.rows().stream().map(CandidateBenchmark.Row::kind).toList());
    assertEquals(List.of("plain Java", "plain Java", "PyTorch"),
        t.rows().stream().map(CandidateBenchmark.Row::trainedBy).toList());
    // The DJL head separates the demo's vision and language words; plain SGD logistic regression misses a few; naive Bayes
    // over 2^18 add-one-smoothed buckets has too little evidence in 92 texts against its priors (60 vision, 32 language) and
    // calls every later paper vision. All three are deterministic (fixed seeds, one thread).
    assertEquals(List.of(0.3125, 0.9544513457556936, 1.0),
        t.rows().stream().map(CandidateBenchmark.Row::macroF1).toList());
    for (CandidateBenchmark.Row r : t.rows()) {
      assertTrue(r.docsPerSecond() > 0, r.kind());
    }
    String table = t.render();
    assertTrue(table.contains("candidates (demo corpus papers, years <= 2021 vs later: train 92 texts, test 88 later texts)"),
        table);
    assertTrue(table.contains("\nnb             0.3125   +0.0000"), table);
    assertTrue(table.contains("\nbow            1.0000   +0.6875"), table);
  }

  @Test
  void trainAndTestGoTogether() {
    assertEquals("--train and --test go together", assertThrows(IllegalArgumentException.class,
        () -> new CandidateBenchmark(List.of("nb"), Path.of("a.jsonl"), null, QUIET)).getMessage());
  }
}
