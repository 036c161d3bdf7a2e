package dev.framewatch.index.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;

/**
 * One segment's tally of an unfiltered count, kept for the next count of the same plan: a segment never changes, so neither do
 * its counts. A count after a commit then tallies only the new segments (and those merged since), and the dashboard's repeated
 * overview shares cost a fold of a few hundred groups instead of a pass over every document.
 *
 * <p>Keyed by the segment reader's cache key, which Lucene renews when the segment's deletions change (a replaced document), and
 * dropped when that reader closes, so an entry can never describe other documents than the segment holds. Only counts without
 * {@code --where} are kept: they are the ones asked again and again, and their number is bounded by the plans the callers use.
 */
final class SegmentCountCache {
  /** More entries than any dashboard needs (plans x segments); past it the cache starts over rather than grow. */
  static final int MAX_ENTRIES = 4_096;

  record Key(IndexReader.CacheKey segment, Query query, List<String> fields, boolean fractional) {}

  private final Map<Key, Tally> tallies = new ConcurrentHashMap<>();

  /** The key of {@code plan} over {@code leaf}, or null when the plan or the segment is not cacheable. */
  Key keyOf(LeafReaderContext leaf, CountPlan plan) {
    if (plan.where() != null && !plan.where().isBlank()) {
      return null;
    }
    IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
    if (helper == null) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    plan.groupBy().forEach(d -> fields.add(d.key()));
    fields.add(plan.frameworkField());
    Key key = new Key(helper.getKey(), plan.query(), List.copyOf(fields), plan.fractional());
    if (!tallies.containsKey(key)) {
      // Registered before the entry exists; registering twice for one segment only removes twice.
      helper.addClosedListener(closed -> tallies.keySet().removeIf(k -> k.segment() == closed));
    }
    return key;
  }

  Tally get(Key key) {
    return tallies.get(key);
  }

  /** Keeps a finished segment tally; it is only read from then on ({@link Tally#addAll}). */
  void put(Key key, Tally tally) {
    if (tallies.size() >= MAX_ENTRIES) {
      tallies.clear();
    }
    tallies.put(key, tally);
  }
}
