package dev.framewatch.index.count;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Runs a plan over every segment of a reader and returns one tally per segment: a cached one where the segment was counted
 * before ({@link SegmentCountCache}), otherwise counted, in slices of doc ids on the {@link SegmentPool} when the index is large
 * enough for threads to pay. Slices are submitted biggest first so that no thread is left with a long one at the end.
 */
final class SegmentRunner {
  /** Below this many matching documents one thread counts everything: handing work over would cost more than it saves. */
  static final int PARALLEL_MIN_DOCS = 200_000;
  /** Smallest slice worth a task of its own. */
  static final int MIN_SLICE_DOCS = 100_000;
  /** Slices per pool thread: several, so a thread slowed by other processes does not hold the count up. */
  static final int SLICES_PER_THREAD = 4;

  private final SegmentCountCache cache;
  private final int denseMaxSlots;
  private final long parallelMinDocs;
  private final int minSliceDocs;
  private final boolean fromPostings;

  /** @param cache where unfiltered segment tallies are kept, null for none */
  SegmentRunner(SegmentCountCache cache, int denseMaxSlots) {
    this(cache, denseMaxSlots, PARALLEL_MIN_DOCS, MIN_SLICE_DOCS);
  }

  /** For tests: small thresholds send a small index through the parallel, sliced path. */
  SegmentRunner(SegmentCountCache cache, int denseMaxSlots, long parallelMinDocs, int minSliceDocs) {
    this(cache, denseMaxSlots, parallelMinDocs, minSliceDocs, true);
  }

  /**
   * @param fromPostings whether plans that count every document (less excluding terms) read the postings of their dimension
   *     terms ({@link PostingsCounter}); off, every slice is counted from doc values ({@link SegmentCounter}), as tests compare
   */
  SegmentRunner(SegmentCountCache cache, int denseMaxSlots, long parallelMinDocs, int minSliceDocs, boolean fromPostings) {
    this.fromPostings = fromPostings;
    this.cache = cache;
    this.denseMaxSlots = denseMaxSlots;
    this.parallelMinDocs = parallelMinDocs;
    this.minSliceDocs = minSliceDocs;
  }

  /** One slice of one segment: doc ids {@code [from, to)}, tallied apart. */
  private record Slice(int segment, LeafReaderContext leaf, int from, int to) {}

  List<Tally> tallies(IndexReader reader, Weight weight, CountPlan plan) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    Tally[] bySegment = new Tally[leaves.size()];
    SegmentCountCache.Key[] keys = new SegmentCountCache.Key[leaves.size()];
    long cost = 0; // matching documents to visit, as the query estimates them
    long docs = 0;
    for (int s = 0; s < leaves.size(); s++) {
      LeafReaderContext leaf = leaves.get(s);
      keys[s] = cache == null ? null : cache.keyOf(leaf, plan);
      bySegment[s] = keys[s] == null ? null : cache.get(keys[s]);
      if (bySegment[s] == null) {
        ScorerSupplier supplier = weight.scorerSupplier(leaf);
        cost += supplier == null ? 0 : supplier.cost();
        docs += leaf.reader().maxDoc();
      }
    }
    // A selective query (a text filter) visits few documents however large the index: threads would only add hand-overs.
    boolean parallel = SegmentPool.THREADS > 1 && cost >= parallelMinDocs;
    int sliceDocs = parallel
        ? (int) Math.max(minSliceDocs, docs / (SegmentPool.THREADS * SLICES_PER_THREAD) + 1)
        : Integer.MAX_VALUE;
    List<Slice> slices = new ArrayList<>();
    for (int s = 0; s < leaves.size(); s++) {
      if (bySegment[s] == null) {
        LeafReaderContext leaf = leaves.get(s);
        int maxDoc = leaf.reader().maxDoc();
        for (int from = 0; from < maxDoc; from += sliceDocs) {
          slices.add(new Slice(s, leaf, from, (int) Math.min(maxDoc, (long) from + sliceDocs)));
        }
      }
    }
    slices.sort(Comparator.comparingInt((Slice x) -> x.to() - x.from()).reversed());
    // Whether the postings can count this plan depends on the plan alone: decided once, not per slice.
    List<Term> excluded = fromPostings ? PostingsCounter.excludedTermsOrNull(plan) : null;
    List<Tally> sliceTallies = run(slices, weight, plan, excluded, parallel && slices.size() > 1);
    for (int i = 0; i < slices.size(); i++) {
      int s = slices.get(i).segment();
      if (bySegment[s] == null) {
        bySegment[s] = new Tally();
      }
      bySegment[s].addAll(sliceTallies.get(i));
    }
    List<Tally> out = new ArrayList<>(leaves.size());
    for (int s = 0; s < leaves.size(); s++) {
      if (keys[s] != null) {
        cache.put(keys[s], bySegment[s]); // already there when it came from the cache
      }
      out.add(bySegment[s]);
    }
    return out;
  }

  private List<Tally> run(List<Slice> slices, Weight weight, CountPlan plan, List<Term> excluded, boolean parallel)
      throws IOException {
    List<Tally> out = new ArrayList<>(slices.size());
    if (!parallel) {
      for (Slice slice : slices) {
        out.add(count(slice, weight, plan, excluded));
      }
      return out;
    }
    List<Future<Tally>> futures = new ArrayList<>(slices.size());
    for (Slice slice : slices) {
      futures.add(SegmentPool.get().submit(() -> count(slice, weight, plan, excluded)));
    }
    try {
      for (Future<Tally> f : futures) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("counting failed: " + cause, cause);
    }
    return out;
  }

  /** @param excluded the terms the postings path leaves out, or null when the plan is counted from doc values */
  private Tally count(Slice slice, Weight weight, CountPlan plan, List<Term> excluded) throws IOException {
    Tally tally = new Tally();
    if (excluded != null && PostingsCounter.count(slice.leaf(), slice.from(), slice.to(), plan, excluded, tally, denseMaxSlots)) {
      return tally;
    }
    Scorer scorer = weight.scorer(slice.leaf());
    if (scorer != null) {
      SegmentCounter.count(slice.leaf(), new DocRange(scorer.iterator(), slice.from(), slice.to()), plan, tally,
          denseMaxSlots);
    }
    return tally;
  }
}
