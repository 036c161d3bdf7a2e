package dev.framewatch.analytics.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.framewatch.index.count.ShareCounts;
import dev.framewatch.index.count.ShareRow;
import dev.framewatch.index.schema.Dimension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Headlines on known counts: papers 2019 (PyTorch 3, TensorFlow 2 of 5 naming a framework, 6 documents) and 2020 (PyTorch 7,
 * TensorFlow 2, JAX 1 of 10, 11 documents); jobs only in 2020 (PyTorch 1, TensorFlow 1 of 2).
 */
class HeadlinesTest {
  static final List<Dimension> BY = List.of(Dimension.KIND, Dimension.YEAR);

  static ShareRow row(String kind, String year, String fw, long count, long docs, long any) {
    return new ShareRow(Map.of("kind", kind, "year", year), fw, count, docs, any);
  }

  static ShareCounts counts() {
    List<ShareRow> rows = List.of(
        row("job", "2020", "pytorch", 1, 2, 2), row("job", "2020", "tensorflow", 1, 2, 2),
        row("paper", "2019", "pytorch", 3, 6, 5), row("paper", "2019", "tensorflow", 2, 6, 5),
        row("paper", "2020", "pytorch", 7, 11, 10), row("paper", "2020", "tensorflow", 2, 11, 10),
        row("paper", "2020", "jax", 1, 11, 10));
    return new ShareCounts(BY, null, "default", "0.2.0", rows, 19, 17);
  }

  @Test
  void theLatestPeriodWithItsIntervalChangeAndCoverage() {
    List<Headline> hs = Headlines.of(counts(), Dimension.YEAR, Headlines.FRAMEWORKS);
    assertEquals(List.of("job", "paper"), hs.stream().map(Headline::kind).toList());
    Headline papers = hs.get(1);
    assertEquals("2020", papers.period());
    assertEquals(7, papers.shares().get(0).count());
    assertEquals("2019", papers.shares().get(0).change().from());
    assertEquals("PyTorch in 70% of papers naming a framework in 2020, 95% CI 40-89, up 10 points on 2019.",
        ShareWords.headline(papers, papers.shares().get(0)));
    assertEquals("TensorFlow in 20% of papers naming a framework in 2020, 95% CI 6-51, down 20 points on 2019.",
        ShareWords.headline(papers, papers.shares().get(1)));
    assertEquals("10 of 11 papers name a framework (91%) in 2020", ShareWords.coverage(papers));
    Headline jobs = hs.get(0);
    assertNull(jobs.shares().get(0).change());
    assertEquals("PyTorch in 50% of job postings naming a framework in 2020, 95% CI 9-91, no earlier period to compare.",
        ShareWords.headline(jobs, jobs.shares().get(0)));
  }

  @Test
  void aFrameworkAbsentFromThePeriodIsZeroWithItsInterval() {
    ShareCounts c = new ShareCounts(BY, null, "default", "0.2.0", List.of(row("model", "2022", "pytorch", 2, 3, 2)), 3, 2);
    Headline h = Headlines.of(c, Dimension.YEAR, Headlines.FRAMEWORKS).get(0);
    Headline.FrameworkShare tf = h.shares().get(1);
    assertEquals(0, tf.count());
    assertEquals("TensorFlow in 0% of models naming a framework in 2022, 95% CI 0-66, no earlier period to compare.",
        ShareWords.headline(h, tf));
    assertEquals("2 of 3 models name a framework (67%) in 2022", ShareWords.coverage(h));
  }
}
