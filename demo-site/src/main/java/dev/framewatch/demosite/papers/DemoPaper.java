package dev.framewatch.demosite.papers;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One generated paper, with everything its upstream's format and its PDF need.
 *
 * @param site where the paper is listed
 * @param venue the record's venue: {@code cvpr}, {@code iclr}, {@code acl} or {@code arxiv}
 * @param listing the configured venue ({@code cvpr-2019}) or arXiv category ({@code cs.CV}) that lists it
 * @param sourceId the upstream's own id: CVF file stem, OpenReview note id, Anthology id, arXiv id (without version)
 * @param frameworks the frameworks its full text names (never its abstract, as in Horace He's study)
 * @param categories arXiv categories, primary first; empty elsewhere
 * @param pdfKey the name its PDF is served under
 * @param fault what the site does wrong with it, on purpose
 */
public record DemoPaper(
    Site site,
    String venue,
    String listing,
    int year,
    String sourceId,
    String title,
    List<String> authors,
    String abstractText,
    List<String> frameworks,
    String implementation,
    LocalDate published,
    List<String> categories,
    String pdfKey,
    Fault fault) {

  public enum Site { CVF, OPENREVIEW, ACL, ARXIV }

  public enum Fault {
    NONE,
    /** The CVF paper page is served cut short (no closing {@code </html>}): dead-lettered, the paper kept without abstract. */
    TRUNCATED_PAGE,
    /** The PDF is served cut short: dead-lettered, the paper kept without text. */
    TRUNCATED_PDF
  }

  public DemoPaper {
    authors = List.copyOf(authors);
    frameworks = List.copyOf(frameworks);
    categories = List.copyOf(categories);
  }

  /** The record id the crawler gives it. */
  public String expectedId() {
    return "paper:" + venue + ":" + year + ":" + sourceId;
  }

  /** Whether the crawled record carries its full text. */
  public boolean expectText() {
    return fault != Fault.TRUNCATED_PDF;
  }

  /** The papers of {@code site}, grouped by {@code key} in listing order: how each service indexes its papers. */
  static Map<String, List<DemoPaper>> group(List<DemoPaper> papers, Site site, Function<DemoPaper, String> key) {
    return Collections.unmodifiableMap(papers.stream().filter(p -> p.site() == site)
        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toUnmodifiableList())));
  }
}
