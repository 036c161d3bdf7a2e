package dev.framewatch.core.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One piece of evidence, as it travels through Kafka (JSON value, key = {@link #id()}).
 *
 * <p>Fields the contract does not name are kept in {@link #extra()} and written back unchanged, so a newer crawler's fields
 * survive an older indexer.
 */
public sealed interface EvidenceRecord permits Paper, Job, Repo, Model, Stars {
  /** Stable id from the source's own key, e.g. {@code hf:google-bert/bert-base-uncased}. */
  String id();

  Kind kind();

  /** Where it came from, e.g. {@code huggingface}, {@code cvf}, {@code greenhouse}. */
  String source();

  /** When it was fetched; null when an imported file does not say. */
  Instant fetchedAt();

  /** Fields outside the contract, in input order. */
  Map<String, JsonNode> extra();

  /** The day the evidence is dated by (posting, creation, snapshot), used for month/quarter/week; empty for papers. */
  Optional<LocalDate> evidenceDate();

  /** The year the evidence belongs to: a paper's year, or the year of {@link #evidenceDate()}. */
  default Optional<Integer> evidenceYear() {
    return evidenceDate().map(LocalDate::getYear);
  }
}
