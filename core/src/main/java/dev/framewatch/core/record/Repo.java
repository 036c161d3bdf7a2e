package dev.framewatch.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A GitHub repository's current statistics. */
public record Repo(
    String id,
    String source,
    Instant fetchedAt,
    String fullName,
    long stars,
    long forks,
    String language,
    List<String> topics,
    LocalDate created,
    Map<String, JsonNode> extra)
    implements EvidenceRecord {

  public Repo {
    Validation.requireId(id);
    Validation.requireText("source", source);
    Validation.requireText("full_name", fullName);
    Validation.requireNonNegative("stars", stars);
    Validation.requireNonNegative("forks", forks);
    topics = Validation.copy(topics);
    extra = Validation.copyExtra(extra);
  }

  @Override
  public Kind kind() {
    return Kind.REPO;
  }

  @Override
  public Optional<LocalDate> evidenceDate() {
    return Optional.ofNullable(created);
  }

}
