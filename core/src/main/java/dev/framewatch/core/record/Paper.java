package dev.framewatch.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A research paper; {@code text} is the full text when it was extracted from the PDF. */
public record Paper(
    String id,
    String source,
    Instant fetchedAt,
    String title,
    String venue,
    Integer year,
    List<String> authors,
    List<String> affiliations,
    List<String> emails,
    String abstractText,
    String text,
    Map<String, String> links,
    Map<String, JsonNode> extra)
    implements EvidenceRecord {

  public Paper {
    Validation.requireId(id);
    Validation.requireText("source", source);
    Validation.requireText("title", title);
    if (year != null) {
      Validation.requireRange("year", year, 1900, 2100);
    }
    authors = Validation.copy(authors);
    affiliations = Validation.copy(affiliations);
    emails = Validation.copy(emails);
    links = links == null ? Map.of() : Map.copyOf(links);
    extra = Validation.copyExtra(extra);
  }

  @Override
  public Kind kind() {
    return Kind.PAPER;
  }

  @Override
  public Optional<LocalDate> evidenceDate() {
    return Optional.empty();
  }

  @Override
  public Optional<Integer> evidenceYear() {
    return Optional.ofNullable(year);
  }
}
