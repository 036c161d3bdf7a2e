package dev.framewatch.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Hugging Face model's metadata, as the hub states it (attribution to frameworks is the analytics' job). */
public record Model(
    String id,
    String source,
    Instant fetchedAt,
    String modelId,
    String libraryName,
    List<String> tags,
    String pipelineTag,
    LocalDate created,
    long downloads,
    long likes,
    Map<String, JsonNode> extra)
    implements EvidenceRecord {

  public Model {
    Validation.requireId(id);
    Validation.requireText("source", source);
    Validation.requireText("model_id", modelId);
    Validation.requireNonNegative("downloads", downloads);
    Validation.requireNonNegative("likes", likes);
    tags = Validation.copy(tags);
    extra = Validation.copyExtra(extra);
  }

  @Override
  public Kind kind() {
    return Kind.MODEL;
  }

  @Override
  public Optional<LocalDate> evidenceDate() {
    return Optional.ofNullable(created);
  }

}
