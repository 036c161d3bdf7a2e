package dev.framewatch.ingest.papers;

import java.util.List;

/**
 * What one parsed response yields.
 *
 * @param papers the valid records, in page order
 * @param rejected entries that were found but could not become records (each becomes a dead letter)
 * @param total how many entries the whole listing has, for offset paging; {@link #UNPAGED} when the listing is one page
 */
public record PaperPage(List<dev.framewatch.core.record.Paper> papers, List<Rejected> rejected, long total) {
  public static final long UNPAGED = -1;

  public PaperPage {
    papers = List.copyOf(papers);
    rejected = List.copyOf(rejected);
  }

  /** Entries seen on this page, valid or not; the offset of the next page advances by this much. */
  public int entries() {
    return papers.size() + rejected.size();
  }

  /** One entry that could not be used: why, and its raw text (an XML element, an HTML fragment, a JSON object). */
  public record Rejected(String reason, String input) {}
}
