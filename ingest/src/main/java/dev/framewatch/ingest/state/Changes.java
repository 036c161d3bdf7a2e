package dev.framewatch.ingest.state;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Writes to a {@link CrawlState} gathered until the records they vouch for are in Kafka. Not thread-safe. */
final class Changes {
  record MarkKey(String kind, String key) {}

  private final Map<String, Validators> validators = new LinkedHashMap<>();
  /** An empty value deletes the cursor. */
  private final Map<String, Optional<String>> cursors = new LinkedHashMap<>();
  private final Map<MarkKey, String> marks = new LinkedHashMap<>();

  Map<String, Validators> validators() {
    return validators;
  }

  Map<String, Optional<String>> cursors() {
    return cursors;
  }

  Map<MarkKey, String> marks() {
    return marks;
  }

  boolean isEmpty() {
    return validators.isEmpty() && cursors.isEmpty() && marks.isEmpty();
  }

  void clear() {
    validators.clear();
    cursors.clear();
    marks.clear();
  }
}
