package dev.framewatch.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A dated star snapshot of one repository: cumulative {@code stars} and the {@code newStars} of that day. Snapshots are keyed by
 * repository and date, so a re-crawl overwrites instead of double-counting.
 */
public record Stars(
    String id,
    String source,
    Instant fetchedAt,
    String repo,
    LocalDate date,
    long stars,
    long newStars,
    Map<String, JsonNode> extra)
    implements EvidenceRecord {

  /** What every snapshot's id starts with. */
  public static final String ID_PREFIX = "stars:";

  /** The id of {@code repo}'s snapshot of {@code date}: {@code stars:<owner>/<name>:<yyyy-mm-dd>}. */
  public static String id(String repo, LocalDate date) {
    return idPrefix(repo) + date;
  }

  /** What the ids of all of {@code repo}'s snapshots start with. */
  public static String idPrefix(String repo) {
    return ID_PREFIX + repo + ":";
  }

  public Stars {
    Validation.requireId(id);
    Validation.requireText("source", source);
    Validation.requireText("repo", repo);
    if (date == null) {
      throw new InvalidRecordException("date", "is required");
    }
    Validation.requireNonNegative("stars", stars);
    Validation.requireNonNegative("new_stars", newStars);
    extra = Validation.copyExtra(extra);
  }

  @Override
  public Kind kind() {
    return Kind.STARS;
  }

  @Override
  public Optional<LocalDate> evidenceDate() {
    return Optional.of(date);
  }

  @Override
  public Optional<Integer> evidenceYear() {
    return Optional.of(date.getYear());
  }
}
