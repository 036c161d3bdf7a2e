package dev.framewatch.index.count;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * A matching-documents iterator cut to the doc ids {@code [from, to)} of its segment, so that one large segment can be counted
 * as several slices on several threads (a merged index is often one big segment and a few small ones).
 */
final class DocRange extends DocIdSetIterator {
  private final DocIdSetIterator in;
  private final int from;
  private final int to;
  private int doc = -1;

  DocRange(DocIdSetIterator in, int from, int to) {
    this.in = in;
    this.from = from;
    this.to = to;
  }

  @Override
  public int docID() {
    return doc;
  }

  @Override
  public int nextDoc() throws IOException {
    if (doc == NO_MORE_DOCS) {
      return doc;
    }
    int d = doc < 0 ? in.advance(from) : in.nextDoc(); // the wrapped iterator is fresh: only the first call jumps
    doc = d >= to ? NO_MORE_DOCS : d;
    return doc;
  }

  @Override
  public int advance(int target) throws IOException {
    int t = Math.max(target, from);
    int d = in.docID() >= t ? in.docID() : in.advance(t);
    doc = d >= to ? NO_MORE_DOCS : d;
    return doc;
  }

  @Override
  public long cost() {
    return Math.min(in.cost(), to - from);
  }
}
