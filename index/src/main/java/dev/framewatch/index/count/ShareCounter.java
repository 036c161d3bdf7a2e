package dev.framewatch.index.count;

import dev.framewatch.core.method.Method;
import dev.framewatch.core.vocabulary.Vocabulary;
import dev.framewatch.index.query.WhereParser;
import dev.framewatch.index.schema.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Counts documents per group and framework in one pass over the matching documents, reading only doc values (never stored
 * fields). This is the number behind every share: {@code count / documentsAnyFramework} per group.
 *
 * <p>What to count (the method, its exclusions, the star snapshots left out) is a {@link CountPlan}; the per-segment ordinal
 * tally is {@link SegmentCounter}; {@link SegmentRunner} runs the one over the other's segments (in parallel, with a cache of
 * unfiltered segment tallies); this class shapes the result. One instance per index user, so that the cache is reused.
 */
public final class ShareCounter {
  private final Vocabulary vocabulary;
  private final WhereParser whereParser;
  private final SegmentRunner runner;

  public ShareCounter() {
    this(Vocabulary.standard());
  }

  public ShareCounter(Vocabulary vocabulary) {
    this(vocabulary, SegmentCounter.DENSE_MAX_SLOTS);
  }

  /**
   * For tests: the engine that reads each document's doc values for every plan ({@link SegmentCounter} only), the reference
   * the postings path of unfiltered counts ({@link PostingsCounter}) must match.
   */
  static ShareCounter docValuesOnly(Vocabulary vocabulary, int denseMaxSlots) {
    return new ShareCounter(vocabulary, new SegmentRunner(null, denseMaxSlots, SegmentRunner.PARALLEL_MIN_DOCS,
        SegmentRunner.MIN_SLICE_DOCS, false));
  }

  /** For tests: {@code denseMaxSlots = 1} sends every segment down the hashed path. */
  ShareCounter(Vocabulary vocabulary, int denseMaxSlots) {
    this(vocabulary, denseMaxSlots, true);
  }

  /**
   * @param cacheUnfiltered whether unfiltered segment tallies are kept for the next count ({@link SegmentCountCache}); off to
   *     measure the counting itself
   */
  public ShareCounter(Vocabulary vocabulary, boolean cacheUnfiltered) {
    this(vocabulary, SegmentCounter.DENSE_MAX_SLOTS, cacheUnfiltered);
  }

  private ShareCounter(Vocabulary vocabulary, int denseMaxSlots, boolean cacheUnfiltered) {
    this(vocabulary, new SegmentRunner(cacheUnfiltered ? new SegmentCountCache() : null, denseMaxSlots));
  }

  /** For tests: a runner with small thresholds (the parallel path on a small index). */
  ShareCounter(Vocabulary vocabulary, SegmentRunner runner) {
    this.vocabulary = vocabulary;
    this.whereParser = new WhereParser(vocabulary);
    this.runner = runner;
  }

  /** Threads that count segments in parallel (one per core, at most four). */
  public static int threads() {
    return SegmentPool.THREADS;
  }

  /**
   * Counts with the method the index's {@code framework} field was built with.
   *
   * @param where a {@code --where} query, null or blank for all documents
   * @param by the dimensions to group by; {@code framework} among them is implied by the rows and dropped from the group
   * @throws IllegalArgumentException when {@code where} does not parse
   */
  public ShareCounts count(IndexReader reader, String where, List<Dimension> by) {
    return count(reader, CountPlan.of(reader, whereParser, where, by, null));
  }

  /**
   * Counts with one of the methods the index was built with (its primary or one of {@code method.indexed}): that method's
   * framework field, without the documents its exclusions remove, weighing documents 1/n under a fractional method.
   *
   * @throws IllegalArgumentException when the index does not count with this method, or with another version of it
   */
  public ShareCounts count(IndexReader reader, String where, List<Dimension> by, Method method) {
    return count(reader, CountPlan.of(reader, whereParser, where, by, method));
  }

  /**
   * Runs a plan: every segment's matching documents through the tally engine (segments and slices of large ones in parallel,
   * unfiltered segment tallies reused), then rows in vocabulary order. Tallies are integer sums, so neither the threads nor
   * the cache can change a number.
   */
  public ShareCounts count(IndexReader reader, CountPlan plan) {
    Tally tally = new Tally();
    try {
      IndexSearcher searcher = new IndexSearcher(reader);
      Weight weight = searcher.createWeight(searcher.rewrite(plan.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (Tally segment : runner.tallies(reader, weight, plan)) {
        tally.addAll(segment);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
    return new ShareCounts(plan.by(), plan.where(), plan.methodName(), plan.methodVersion(),
        tally.rows(plan.groupBy(), vocabulary.frameworkIds(), plan.fractional()), tally.matching,
        tally.matchingAnyFramework, tally.groupTotals(plan.groupBy()));
  }
}
