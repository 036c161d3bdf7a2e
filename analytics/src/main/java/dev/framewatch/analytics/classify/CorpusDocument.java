package dev.framewatch.analytics.classify;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Labels;

/**
 * An indexed document as the classifiers see it: its record, the domain the index gave it and where that came from
 * ({@code venue}, {@code pipeline}, {@code classifier}, or null), and the labels it already has (null when none).
 */
public record CorpusDocument(EvidenceRecord record, String domain, String domainSource, Labels labels) {
  /** True when the rules already gave the document its domain, so a classifier's guess would not be used. */
  public boolean hasRuleDomain() {
    return domain != null && !"classifier".equals(domainSource);
  }
}
