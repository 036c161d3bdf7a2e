package dev.framewatch.index.indexer;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import dev.framewatch.index.schema.IndexSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Writes documents by record id, so that a replayed record replaces its earlier document instead of adding a second one.
 *
 * <p>{@code updateDocument} keeps that promise at a price: every document buffers a delete term, and every flush looks each one
 * up in the new segment and in every older one. Into an index that started empty (a first crawl, a {@code reindex}, the
 * benchmark's build) almost every id is new, and a document whose id cannot be in the index needs no delete. So a Bloom filter
 * remembers the ids this writer has written: an id it has certainly not seen is added ({@code addDocument}); an id it may have
 * seen (a replay, a record a compacted topic still holds twice, or one of about 1% false positives) is updated as before.
 * Counts are the same either way (documents = distinct ids); at 10 million documents the build runs about a quarter faster
 * ({@code docs/benchmarks.md}).
 *
 * <p>Over an index that already had documents when the writer opened, every write is an update. Thread-safe, as long as one
 * id is written by one thread at a time (the indexer is single-threaded; the benchmark's ids are distinct).
 */
public final class IdWrites {
  /** The first filter's capacity; each next one holds four times as many (about 1.2 MB, then 4.8 MB, 19 MB, ...). */
  static final long FIRST_CAPACITY = 1_000_000;
  static final double FALSE_POSITIVES = 0.01;

  private final IndexWriter writer;
  private final boolean tracked;
  /** Full filters, then the one being filled (last). */
  private final List<BloomFilter<CharSequence>> filters = new CopyOnWriteArrayList<>();
  private final AtomicLong inLast = new AtomicLong();
  private volatile long lastCapacity;
  private final AtomicLong added = new AtomicLong();
  private final AtomicLong updated = new AtomicLong();

  IdWrites(IndexWriter writer, boolean tracked, long firstCapacity) {
    this.writer = writer;
    this.tracked = tracked;
    if (tracked) {
      lastCapacity = Math.max(1, firstCapacity);
      filters.add(newFilter(lastCapacity));
    }
  }

  /** Writes into {@code writer}; adds where it can when the index held no document as the writer opened. */
  public static IdWrites of(IndexWriter writer) {
    return new IdWrites(writer, writer.getDocStats().maxDoc == 0, FIRST_CAPACITY);
  }

  /** As {@link #of(IndexWriter)}, with the first filter sized for {@code expectedIds} (the benchmark knows its row count). */
  public static IdWrites of(IndexWriter writer, long expectedIds) {
    return new IdWrites(writer, writer.getDocStats().maxDoc == 0, expectedIds);
  }

  /** Every write an update, as before this class: for tests. */
  static IdWrites updatesOnly(IndexWriter writer) {
    return new IdWrites(writer, false, 0);
  }

  /** Adds or replaces the document of {@code id}. */
  public void write(String id, Document document) throws IOException {
    if (tracked && firstSight(id)) {
      writer.addDocument(document);
      added.incrementAndGet();
    } else {
      writer.updateDocument(new Term(IndexSchema.ID, id), document);
      updated.incrementAndGet();
    }
  }

  /** Documents added without a delete term so far. */
  public long added() {
    return added.get();
  }

  /** Documents written as updates so far (replays, false positives, or all of them over a non-empty index). */
  public long updated() {
    return updated.get();
  }

  /** How many filters the ids written so far take (for tests: each stage holds four times the one before). */
  int stages() {
    return filters.size();
  }

  /** True when {@code id} was certainly not written before; remembers it either way. */
  private boolean firstSight(String id) {
    List<BloomFilter<CharSequence>> all = filters;
    int last = all.size() - 1;
    for (int i = 0; i < last; i++) {
      if (all.get(i).mightContain(id)) {
        return false;
      }
    }
    // put() is true only when it set a bit: no id written before sets exactly the same ones.
    boolean isNew = all.get(last).put(id);
    if (isNew && inLast.incrementAndGet() >= lastCapacity) {
      grow();
    }
    return isNew;
  }

  private synchronized void grow() {
    if (inLast.get() < lastCapacity) {
      return; // another thread grew it
    }
    lastCapacity *= 4;
    filters.add(newFilter(lastCapacity));
    inLast.set(0);
  }

  private static BloomFilter<CharSequence> newFilter(long capacity) {
    return BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8), capacity, FALSE_POSITIVES);
  }
}
