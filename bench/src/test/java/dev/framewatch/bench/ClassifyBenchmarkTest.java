package dev.framewatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.analytics.classify.Domains;
import dev.framewatch.analytics.classify.HashedFeatures;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyBenchmarkTest {
  @TempDir Path dir;

  @Test
  void naiveBayesPeerByHand() {
    // Two one-word documents: each word's bucket is 1.0 for its class, so each class wins its own word.
    NaiveBayesPeer nb = new NaiveBayesPeer(new HashedFeatures(10), Domains.ALL, List.of("pixels", "grammar"),
        List.of("vision", "language"));
    assertEquals("vision", nb.predict("pixels"));
    assertEquals("language", nb.predict("grammar"));
  }

  @Test
  void comparesTheBagOfWordsWithThePeerOnTheSameTexts() throws Exception {
    Path data = dir.resolve("texts.jsonl");
    Files.write(data, List.of("{\"text\":\"segmentation of camera pixels\",\"label\":\"vision\"}",
        "{\"text\":\"translation of a sentence with grammar\",\"label\":\"language\"}",
        "{\"text\":\"speaker and phoneme recognition\",\"label\":\"speech\"}"));
    BenchReport r = new ClassifyBenchmark(300, 1, 0, data, 0, new PrintStream(java.io.OutputStream.nullOutputStream()))
        .run();
    assertEquals("classify", r.benchmark());
    assertEquals(300, r.documents());
    assertEquals(1, r.comparisons().size());
    Comparison c = r.comparisons().get(0);
    assertEquals("domain-bow", c.name());
    assertEquals("naive Bayes, same features, plain Java", c.peer());
    assertEquals(">= 2000 docs/s", c.target());
    assertEquals(c.framewatchRecordsPerSecond() / c.peerRecordsPerSecond(), c.ratio(), 1e-9);
    assertTrue(c.note().contains("predictions agree on 100.0%; training-set accuracy 1.000 vs 1.000"), c.note());
  }
}
