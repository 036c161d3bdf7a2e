package dev.framewatch.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A job posting. */
public record Job(
    String id,
    String source,
    Instant fetchedAt,
    String title,
    String company,
    String location,
    LocalDate posted,
    String text,
    Map<String, JsonNode> extra)
    implements EvidenceRecord {

  public Job {
    Validation.requireId(id);
    Validation.requireText("source", source);
    Validation.requireText("title", title);
    extra = Validation.copyExtra(extra);
  }

  @Override
  public Kind kind() {
    return Kind.JOB;
  }

  @Override
  public Optional<LocalDate> evidenceDate() {
    return Optional.ofNullable(posted);
  }

}
