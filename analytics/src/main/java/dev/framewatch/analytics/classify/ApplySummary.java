package dev.framewatch.analytics.classify;

import java.util.Map;

/**
 * What labelling the index published: how many documents got a label, from which model ({@code domain-bow}) and version, and
 * the labels given, sorted: by kind then domain ({@code {job={speech=1}, paper={vision=2}}}) for domains, by framework
 * verdict ({@code {pytorch:use=4}}) for usage.
 */
public record ApplySummary(int labelled, String model, String version, Map<String, ?> counts) {
  public ApplySummary {
    counts = java.util.Collections.unmodifiableMap(counts);
  }
}
