package dev.framewatch.core.record;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One adoption measurement: how much of {@code signal} one framework had in one calendar month, e.g. the number of GitHub
 * repositories created in 2024-01 with the topic {@code pytorch}. Not evidence of a mention, so not an {@link EvidenceRecord}
 * and not a {@link Kind}: measurements go to their own compacted topic ({@link Topics#adoption()}), keyed by {@link #id()}, so a
 * re-crawl of a month overwrites its value instead of adding to it, and they never enter share denominators.
 *
 * @param signal what was measured, e.g. {@code new-repos} (lower-case words joined by hyphens)
 * @param framework a framework id of the vocabulary, e.g. {@code pytorch}
 * @param value the month's figure, e.g. GitHub search's {@code total_count}
 * @param incomplete the source said its figure may be short (GitHub's {@code incomplete_results}), even after retries
 * @param query how the value was asked for, e.g. {@code topic:pytorch created:2024-01-01..2024-01-31}; null when not a query
 */
public record Adoption(
    String id, String source, Instant fetchedAt, String signal, String framework, YearMonth month, long value,
    boolean incomplete, String query) {

  /** The value of the {@code kind} field of a measurement's JSON. */
  public static final String KIND = "adoption";
  /** What every measurement's id starts with. */
  public static final String ID_PREFIX = "adoption:";
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Adoption {
    Validation.requireId(id);
    Validation.requireText("source", source);
    requireName("signal", signal);
    requireName("framework", framework);
    if (month == null) {
      throw new InvalidRecordException("month", "is required");
    }
    Validation.requireNonNegative("value", value);
    if (!id.equals(id(signal, framework, month))) {
      throw new InvalidRecordException("id", "must be " + id(signal, framework, month) + ", got \"" + id + "\"");
    }
  }

  /** A measurement with its id made from signal, framework and month. */
  public static Adoption of(String source, Instant fetchedAt, String signal, String framework, YearMonth month, long value,
      boolean incomplete, String query) {
    return new Adoption(id(signal, framework, month), source, fetchedAt, signal, framework, month, value, incomplete, query);
  }

  /** {@code adoption:<signal>:<framework>:<yyyy-MM>}: one value per signal, framework and month. */
  public static String id(String signal, String framework, YearMonth month) {
    return ID_PREFIX + signal + ":" + framework + ":" + month;
  }

  private static void requireName(String field, String value) {
    Validation.requireText(field, value);
    if (!NAME.matcher(value).matches()) {
      throw new InvalidRecordException(field, "expected lower-case words joined by hyphens, got \"" + value + "\"");
    }
  }

  /** The month as written in records and output: {@code yyyy-MM}. */
  public String monthText() {
    return month.toString();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s=%d%s", id, value, incomplete ? " (incomplete)" : "");
  }
}
