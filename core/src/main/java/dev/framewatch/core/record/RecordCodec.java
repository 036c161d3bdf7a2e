package dev.framewatch.core.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes records in the JSON of the record contract (DESIGN.md "Records"): snake_case field names, dates as
 * {@code yyyy-MM-dd}, {@code fetched_at} as an ISO-8601 instant. Fields outside the contract go to {@code extra} and are written
 * back after the known ones.
 *
 * <p>Every failure is an {@link InvalidRecordException} naming the field and the reason.
 */
public final class RecordCodec {
  private static final Set<String> COMMON = Set.of("id", "kind", "source", "fetched_at");
  private static final Map<Kind, Set<String>> KNOWN =
      Map.of(
          Kind.PAPER, Set.of("title", "venue", "year", "authors", "affiliations", "emails", "abstract", "text", "links"),
          Kind.JOB, Set.of("title", "company", "location", "posted", "text"),
          Kind.REPO, Set.of("full_name", "stars", "forks", "language", "topics", "created"),
          Kind.MODEL, Set.of("model_id", "library_name", "tags", "pipeline_tag", "created", "downloads", "likes"),
          Kind.STARS, Set.of("repo", "date", "stars", "new_stars"));

  private RecordCodec() {}

  /** Decodes one JSON object; the record's own {@code kind} field decides its type. */
  public static EvidenceRecord decode(String json) {
    return decode(parseObject(json), null);
  }

  /**
   * Decodes one JSON object that must be of {@code expected} kind. A record without a {@code kind} field takes the expected
   * kind; one that names another kind is rejected.
   */
  public static EvidenceRecord decode(String json, Kind expected) {
    return decode(parseObject(json), expected);
  }

  public static EvidenceRecord decode(byte[] json) {
    return decode(new String(json, StandardCharsets.UTF_8));
  }

  public static EvidenceRecord decode(ObjectNode node, Kind expected) {
    Kind kind;
    JsonNode kindNode = node.get("kind");
    if (kindNode == null || kindNode.isNull()) {
      if (expected == null) {
        throw new InvalidRecordException("kind", "is required");
      }
      kind = expected;
    } else {
      if (!kindNode.isTextual()) {
        throw new InvalidRecordException("kind", "expected a string, got " + describe(kindNode));
      }
      try {
        kind = Kind.parse(kindNode.asText());
      } catch (IllegalArgumentException e) {
        throw new InvalidRecordException("kind", e.getMessage());
      }
      if (expected != null && kind != expected) {
        throw new InvalidRecordException("kind", "is '" + kind + "' but this input holds records of kind '" + expected + "'");
      }
    }
    Fields f = new Fields(node, kind);
    String id = f.string("id");
    String source = f.string("source");
    Instant fetchedAt = f.instant("fetched_at");
    EvidenceRecord record =
        switch (kind) {
          case PAPER -> new Paper(id, source, fetchedAt, f.string("title"), f.string("venue"), f.integer("year"),
              f.strings("authors"), f.strings("affiliations"), f.strings("emails"), f.string("abstract"), f.string("text"),
              f.stringMap("links"), f.extra());
          case JOB -> new Job(id, source, fetchedAt, f.string("title"), f.string("company"), f.string("location"),
              f.date("posted"), f.string("text"), f.extra());
          case REPO -> new Repo(id, source, fetchedAt, f.string("full_name"), f.count("stars"), f.count("forks"),
              f.string("language"), f.strings("topics"), f.date("created"), f.extra());
          case MODEL -> new Model(id, source, fetchedAt, f.string("model_id"), f.string("library_name"), f.strings("tags"),
              f.string("pipeline_tag"), f.date("created"), f.count("downloads"), f.count("likes"), f.extra());
          case STARS -> new Stars(id, source, fetchedAt, f.string("repo"), f.date("date"), f.count("stars"),
              f.count("new_stars"), f.extra());
        };
    return record;
  }

  /** Parses one JSON object; anything else is an {@link InvalidRecordException} without a field. */
  public static ObjectNode parseObject(String json) {
    if (json == null || json.isBlank()) {
      throw new InvalidRecordException(null, "empty input");
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidRecordException(null, "malformed JSON: " + e.getOriginalMessage()
          + " at column " + e.getLocation().getColumnNr());
    }
    if (!(node instanceof ObjectNode object)) {
      throw new InvalidRecordException(null, "expected a JSON object, got " + describe(node));
    }
    return object;
  }

  public static String encode(EvidenceRecord record) {
    try {
      return Json.mapper().writeValueAsString(toJson(record));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize record " + record.id(), e);
    }
  }

  public static byte[] encodeBytes(EvidenceRecord record) {
    return encode(record).getBytes(StandardCharsets.UTF_8);
  }

  public static ObjectNode toJson(EvidenceRecord record) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", record.id());
    o.put("kind", record.kind().wireName());
    o.put("source", record.source());
    if (record.fetchedAt() != null) {
      o.put("fetched_at", record.fetchedAt().toString());
    }
    if (record instanceof Paper p) {
      o.put("title", p.title());
      putIfNotNull(o, "venue", p.venue());
      if (p.year() != null) {
          o.put("year", p.year());
        }
      putList(o, "authors", p.authors());
      putList(o, "affiliations", p.affiliations());
      putList(o, "emails", p.emails());
      putIfNotNull(o, "abstract", p.abstractText());
      putIfNotNull(o, "text", p.text());
        if (!p.links().isEmpty()) {
          ObjectNode links = o.putObject("links");
          p.links().forEach(links::put);
        }
    } else if (record instanceof Job j) {
      o.put("title", j.title());
      putIfNotNull(o, "company", j.company());
      putIfNotNull(o, "location", j.location());
      putIfNotNull(o, "posted", j.posted() == null ? null : j.posted().toString());
      putIfNotNull(o, "text", j.text());
    } else if (record instanceof Repo r) {
      o.put("full_name", r.fullName());
      o.put("stars", r.stars());
      o.put("forks", r.forks());
      putIfNotNull(o, "language", r.language());
      putList(o, "topics", r.topics());
      putIfNotNull(o, "created", r.created() == null ? null : r.created().toString());
    } else if (record instanceof Model m) {
      o.put("model_id", m.modelId());
      putIfNotNull(o, "library_name", m.libraryName());
      putList(o, "tags", m.tags());
      putIfNotNull(o, "pipeline_tag", m.pipelineTag());
      putIfNotNull(o, "created", m.created() == null ? null : m.created().toString());
      o.put("downloads", m.downloads());
      o.put("likes", m.likes());
    } else if (record instanceof Stars s) {
      o.put("repo", s.repo());
      o.put("date", s.date().toString());
      o.put("stars", s.stars());
      o.put("new_stars", s.newStars());
    }
    record.extra().forEach(o::set);
    return o;
  }

  private static void putIfNotNull(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  private static void putList(ObjectNode o, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.forEach(a::add);
    }
  }

  static String describe(JsonNode node) {
    String text = node.toString();
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown;
  }

  /** Typed access to one input object, each accessor failing with the field's name. */
  private static final class Fields {
    private final ObjectNode node;
    private final Kind kind;

    Fields(ObjectNode node, Kind kind) {
      this.node = node;
      this.kind = kind;
    }

    private JsonNode get(String field) {
      JsonNode v = node.get(field);
      return v == null || v.isNull() ? null : v;
    }

    String string(String field) {
      JsonNode v = get(field);
      if (v == null) {
        return null;
      }
      if (!v.isTextual()) {
        throw new InvalidRecordException(field, "expected a string, got " + describe(v));
      }
      return v.textValue();
    }

    Integer integer(String field) {
      JsonNode v = get(field);
      if (v == null) {
        return null;
      }
      if (v.isIntegralNumber() && v.canConvertToInt()) {
        return v.intValue();
      }
      if (v.isTextual() && v.textValue().matches("-?\\d{1,9}")) {
        return Integer.parseInt(v.textValue());
      }
      throw new InvalidRecordException(field, "expected an integer, got " + describe(v));
    }

    long count(String field) {
      JsonNode v = get(field);
      if (v == null) {
        return 0;
      }
      if (v.isIntegralNumber() && v.canConvertToLong()) {
        return v.longValue();
      }
      throw new InvalidRecordException(field, "expected an integer count, got " + describe(v));
    }

    List<String> strings(String field) {
      JsonNode v = get(field);
      if (v == null) {
        return List.of();
      }
      if (!v.isArray()) {
        throw new InvalidRecordException(field, "expected an array of strings, got " + describe(v));
      }
      List<String> out = new ArrayList<>(v.size());
      for (JsonNode e : v) {
        if (!e.isTextual()) {
          throw new InvalidRecordException(field, "expected an array of strings, found " + describe(e));
        }
        out.add(e.textValue());
      }
      return out;
    }

    Map<String, String> stringMap(String field) {
      JsonNode v = get(field);
      if (v == null) {
        return Map.of();
      }
      if (!v.isObject()) {
        throw new InvalidRecordException(field, "expected an object of strings, got " + describe(v));
      }
      Map<String, String> out = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = v.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isNull()) {
          continue;
        }
        if (!e.getValue().isTextual()) {
          throw new InvalidRecordException(field + "." + e.getKey(), "expected a string, got " + describe(e.getValue()));
        }
        out.put(e.getKey(), e.getValue().textValue());
      }
      return out;
    }

    /** A day; accepts {@code yyyy-MM-dd} or a full ISO timestamp (taken in its own offset). */
    LocalDate date(String field) {
      String s = string(field);
      if (s == null || s.isBlank()) {
        return null;
      }
      try {
        if (s.length() == 10) {
          return LocalDate.parse(s);
        }
        return OffsetDateTime.parse(s).toLocalDate();
      } catch (DateTimeParseException e) {
        throw new InvalidRecordException(field, "expected a date (yyyy-MM-dd or ISO-8601 timestamp), got \"" + s + "\"");
      }
    }

    Instant instant(String field) {
      String s = string(field);
      if (s == null || s.isBlank()) {
        return null;
      }
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        throw new InvalidRecordException(field, "expected an ISO-8601 timestamp, got \"" + s + "\"");
      }
    }

    Map<String, JsonNode> extra() {
      Set<String> known = KNOWN.get(kind);
      Map<String, JsonNode> extra = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!COMMON.contains(e.getKey()) && !known.contains(e.getKey())) {
          extra.put(e.getKey(), e.getValue());
        }
      }
      return extra;
    }
  }
}
