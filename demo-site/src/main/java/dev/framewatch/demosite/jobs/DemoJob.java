package dev.framewatch.demosite.jobs;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One generated job posting, as one of the four kinds of job source lists it.
 *
 * @param board where it is listed
 * @param partition the page slug (JSON-LD), board token (Greenhouse), site name (Lever) or story id (HN)
 * @param postingId the board's own id: JSON-LD {@code identifier.value}, Greenhouse job id, Lever posting id, HN comment id
 * @param description HTML, as the board carries it; names {@code frameworks}
 * @param fault what the site does wrong with it, on purpose
 * @param duplicate true when it repeats an earlier posting (same company and description) that the crawler keeps instead
 */
public record DemoJob(
    Board board,
    String partition,
    String postingId,
    String company,
    String title,
    String location,
    Instant posted,
    String description,
    List<String> frameworks,
    Fault fault,
    boolean duplicate) {

  public enum Board { JSONLD, GREENHOUSE, LEVER, HN }

  public enum Fault {
    NONE,
    /** The JSON-LD page is served cut inside its script: the posting is dead-lettered. */
    TRUNCATED_PAGE
  }

  public DemoJob {
    frameworks = List.copyOf(frameworks);
  }

  /** Whether a crawl publishes it. */
  public boolean expected() {
    return fault == Fault.NONE && !duplicate;
  }

  /** The record id the crawler gives it; {@code host} is the demo site's host, which JSON-LD ids carry. */
  public String expectedId(String host) {
    switch (board) {
      case JSONLD:
        return "job:" + host + ":" + postingId;
      case GREENHOUSE:
        return "job:greenhouse:" + postingId;
      case LEVER:
        return "job:lever:" + postingId;
      default:
        return "job:hn:" + postingId;
    }
  }

  /** The postings of {@code board} by partition (page slug, board, site, story), in listing order. */
  static Map<String, List<DemoJob>> byPartition(List<DemoJob> jobs, Board board) {
    return Collections.unmodifiableMap(jobs.stream().filter(j -> j.board() == board)
        .collect(Collectors.groupingBy(DemoJob::partition, LinkedHashMap::new, Collectors.toUnmodifiableList())));
  }
}
