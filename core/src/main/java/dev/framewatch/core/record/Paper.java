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

  /**
   * The {@code extra} key of the frameworks named by the paper's code repository's own files (its dependency files, else its
   * imports), as the papers crawl's code judge found them: a JSON array, empty when the repository names none. Absent when the
   * paper has no judged repository. Kept apart from the text's verdict: what the code runs on, not what the paper says.
   */
  public static final String FRAMEWORK_CODE = "framework_code";

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

  /** {@link #FRAMEWORK_CODE}: empty when the paper's code was not judged, an empty list when its code names no framework. */
  public Optional<List<String>> frameworkCode() {
    JsonNode node = extra.get(FRAMEWORK_CODE);
    if (node == null || !node.isArray()) {
      return Optional.empty();
    }
    List<String> out = new java.util.ArrayList<>();
    node.forEach(n -> {
      if (n.isTextual() && !n.textValue().isBlank()) {
        out.add(n.textValue().trim().toLowerCase(java.util.Locale.ROOT));
      }
    });
    return Optional.of(List.copyOf(out));
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
