package dev.framewatch.index.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
  /**
   * Most groups kept over all entries (a group with its counts is a few hundred bytes, so about 50 MB at most): plenty for the
   * dashboard's plans over every segment, and bounded whatever {@code --by} callers ask. Past it the cache starts over.
   */
  static final long MAX_GROUPS = 200_000;

  record Key(IndexReader.CacheKey segment, Query query, List<String> fields, boolean fractional) {}

  private final Map<Key, Tally> tallies = new ConcurrentHashMap<>();
  private final AtomicLong groups = new AtomicLong();
  /** Segment readers whose closing is already listened for. */
  private final Set<IndexReader.CacheKey> listening = ConcurrentHashMap.newKeySet();

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
    if (listening.add(helper.getKey())) {
      // Once per segment reader: its entries go when it closes (a merge or a newer commit made it obsolete).
      helper.addClosedListener(closed -> {
        listening.remove(closed);
        tallies.entrySet().removeIf(e -> {
          boolean gone = e.getKey().segment() == closed;
          if (gone) {
            groups.addAndGet(-e.getValue().groupCount());
          }
          return gone;
        });
      });
    }
    return key;
  }

  Tally get(Key key) {
    return tallies.get(key);
  }

  /** Keeps a finished segment tally; it is only read from then on ({@link Tally#addAll}). */
  void put(Key key, Tally tally) {
    if (tallies.containsKey(key)) {
      return;
    }
    if (groups.addAndGet(tally.groupCount()) > MAX_GROUPS) {
      tallies.clear();
      groups.set(tally.groupCount());
    }
    tallies.put(key, tally);
  }
}
