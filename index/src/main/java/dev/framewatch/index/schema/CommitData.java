package dev.framewatch.index.schema;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The user data of a Lucene commit: the Kafka offsets consumed into it and the method it was built with. Offsets travel in the
 * same commit as the documents, so after any crash the index and its offsets agree: that is the indexer's exactly-once
 * mechanism (replays from these offsets overwrite by id).
 *
 * @param offsets topic to partition to the next offset to consume, sorted
 * @param methodName the counting method's name, null when unknown (e.g. an index without commits)
 * @param methodVersion the method's version, null when unknown
 * @param committedAt when the commit was made, null when unknown
 * @param methods every method the index counts with, {@code default 0.2.0,horace-2019 1.0.0} (primary first); null when
 *     unknown, meaning the primary alone
 */
public record CommitData(
    Map<String, Map<Integer, Long>> offsets, String methodName, String methodVersion, Instant committedAt, String methods) {
  public static final String OFFSET_PREFIX = "offset.";
  public static final String METHOD_NAME = "method.name";
  public static final String METHOD_VERSION = "method.version";
  public static final String COMMITTED_AT = "committed.at";
  public static final String METHODS = "methods";

  public static final CommitData EMPTY = new CommitData(Map.of(), null, null, null);

  public CommitData(Map<String, Map<Integer, Long>> offsets, String methodName, String methodVersion, Instant committedAt) {
    this(offsets, methodName, methodVersion, committedAt, null);
  }

  /** Every method the index counts with, as {@code name -> version}, the primary first. */
  public Map<String, String> methodVersions() {
    Map<String, String> out = new LinkedHashMap<>();
    if (methods != null && !methods.isBlank()) {
      for (String label : methods.split(",")) {
        int space = label.lastIndexOf(' ');
        if (space > 0) {
          out.put(label.substring(0, space).trim(), label.substring(space + 1).trim());
        }
      }
    } else if (methodName != null) {
      out.put(methodName, methodVersion);
    }
    return out;
  }

  public CommitData {
    Map<String, Map<Integer, Long>> copy = new TreeMap<>();
    offsets.forEach((t, p) -> copy.put(t, Collections.unmodifiableMap(new TreeMap<>(p))));
    offsets = Collections.unmodifiableMap(copy);
  }

  /** Reads user data; keys it does not know are ignored, malformed offsets are an error (the index is then not trusted). */
  public static CommitData parse(Map<String, String> userData) {
    Map<String, Map<Integer, Long>> offsets = new TreeMap<>();
    for (Map.Entry<String, String> e : userData.entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(OFFSET_PREFIX)) {
        continue;
      }
      // Topic names may contain dots ("framewatch.papers"); the partition is after the last one.
      int dot = key.lastIndexOf('.');
      String topic = key.substring(OFFSET_PREFIX.length(), dot);
      try {
        int partition = Integer.parseInt(key.substring(dot + 1));
        long offset = Long.parseLong(e.getValue());
        offsets.computeIfAbsent(topic, t -> new TreeMap<>()).put(partition, offset);
      } catch (NumberFormatException | StringIndexOutOfBoundsException ex) {
        throw new IllegalStateException("index commit data has a malformed offset entry " + key + "=" + e.getValue());
      }
    }
    Instant at = null;
    String atText = userData.get(COMMITTED_AT);
    if (atText != null) {
      try {
        at = Instant.parse(atText);
      } catch (DateTimeParseException ex) {
        at = null; // informational only; a bad timestamp must not make the index unusable
      }
    }
    return new CommitData(offsets, userData.get(METHOD_NAME), userData.get(METHOD_VERSION), at, userData.get(METHODS));
  }

  /** The user data to hand to {@code IndexWriter.setLiveCommitData}; every partition's offset, not only changed ones. */
  public Map<String, String> toUserData() {
    Map<String, String> out = new LinkedHashMap<>();
    offsets.forEach((topic, parts) -> parts.forEach((p, o) -> out.put(offsetKey(topic, p), Long.toString(o))));
    if (methodName != null) {
      out.put(METHOD_NAME, methodName);
    }
    if (methodVersion != null) {
      out.put(METHOD_VERSION, methodVersion);
    }
    if (committedAt != null) {
      out.put(COMMITTED_AT, committedAt.toString());
    }
    if (methods != null) {
      out.put(METHODS, methods);
    }
    return out;
  }

  public static String offsetKey(String topic, int partition) {
    return OFFSET_PREFIX + topic + "." + partition;
  }

  /** The stored next offset of one partition, or null when the index has none for it. */
  public Long offset(String topic, int partition) {
    Map<Integer, Long> parts = offsets.get(topic);
    return parts == null ? null : parts.get(partition);
  }
}
