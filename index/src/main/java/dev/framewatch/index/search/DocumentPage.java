package dev.framewatch.index.search;

import java.util.List;

/** A page of drill-down hits and the total number of documents behind the cell. */
public record DocumentPage(long total, int offset, List<DocumentHit> hits) {
  public DocumentPage {
    hits = List.copyOf(hits);
  }
}
