package dev.framewatch.analytics.adoption;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Which rows of a signal: {@code frameworks} empty for all; {@code from} and {@code to} inclusive, null for open-ended.
 */
public record AdoptionQuery(AdoptionSignal signal, List<String> frameworks, YearMonth from, YearMonth to) {
  public AdoptionQuery {
    Objects.requireNonNull(signal, "signal");
    frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  public static AdoptionQuery all(AdoptionSignal signal) {
    return new AdoptionQuery(signal, List.of(), null, null);
  }

  public boolean includes(String framework, YearMonth month) {
    return (frameworks.isEmpty() || frameworks.contains(framework)) && (from == null || !month.isBefore(from))
        && (to == null || !month.isAfter(to));
  }

  /** A month as given on the command line or in a URL: {@code yyyy-MM}; null stays null. */
  public static YearMonth month(String option, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(option + " '" + value + "': expected a month as yyyy-MM, e.g. 2024-01");
    }
  }
}
