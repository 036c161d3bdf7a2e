package dev.framewatch.core.record;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The five kinds of evidence. Each kind has its own compacted Kafka topic. */
public enum Kind {
  PAPER("paper", "papers"),
  JOB("job", "jobs"),
  REPO("repo", "repos"),
  MODEL("model", "models"),
  STARS("stars", "stars");

  private final String wireName;
  private final String topicName;

  Kind(String wireName, String topicName) {
    this.wireName = wireName;
    this.topicName = topicName;
  }

  /** The value of the {@code kind} field in records and import commands, e.g. {@code paper}. */
  public String wireName() {
    return wireName;
  }

  /** The topic name without the configured prefix, e.g. {@code papers}. */
  public String topicName() {
    return topicName;
  }

  /** Parses a wire name, also accepting the plural topic name; the error lists what is accepted. */
  public static Kind parse(String value) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      for (Kind k : values()) {
        if (k.wireName.equals(v) || k.topicName.equals(v)) {
          return k;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown kind '" + value + "' (expected one of " + names() + ")");
  }

  public static String names() {
    return Arrays.stream(values()).map(Kind::wireName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
