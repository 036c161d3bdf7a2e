package dev.framewatch.core.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The JSON of an {@link Adoption}, in the conventions of the record contract ({@link RecordCodec}): snake_case, {@code id},
 * {@code kind} ({@code "adoption"}), {@code source}, {@code fetched_at} as an ISO-8601 instant, then {@code signal},
 * {@code framework}, {@code month} ({@code yyyy-MM}), {@code value}, {@code incomplete} and {@code query}. Every failure is an
 * {@link InvalidRecordException} naming the field.
 */
public final class AdoptionCodec {
  private AdoptionCodec() {}

  public static String encode(Adoption a) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("id", a.id());
    o.put("kind", Adoption.KIND);
    o.put("source", a.source());
    if (a.fetchedAt() != null) {
      o.put("fetched_at", a.fetchedAt().toString());
    }
    o.put("signal", a.signal());
    o.put("framework", a.framework());
    o.put("month", a.monthText());
    o.put("value", a.value());
    o.put("incomplete", a.incomplete());
    if (a.query() != null) {
      o.put("query", a.query());
    }
    try {
      return Json.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + a.id(), e);
    }
  }

  public static byte[] encodeBytes(Adoption a) {
    return encode(a).getBytes(StandardCharsets.UTF_8);
  }

  public static Adoption decode(String json) {
    ObjectNode o = RecordCodec.parseObject(json);
    JsonNode kind = o.get("kind");
    if (kind != null && !kind.isNull() && !Adoption.KIND.equals(kind.asText())) {
      throw new InvalidRecordException("kind", "is '" + kind.asText() + "' but adoption records have kind 'adoption'");
    }
    String fetched = text(o, "fetched_at");
    Instant fetchedAt;
    try {
      fetchedAt = fetched == null ? null : OffsetDateTime.parse(fetched).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException("fetched_at", "expected an ISO-8601 timestamp, got \"" + fetched + "\"");
    }
    String monthText = text(o, "month");
    YearMonth month;
    try {
      month = monthText == null ? null : YearMonth.parse(monthText);
    } catch (DateTimeParseException e) {
      throw new InvalidRecordException("month", "expected yyyy-MM, got \"" + monthText + "\"");
    }
    JsonNode value = o.get("value");
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new InvalidRecordException("value", value == null ? "is required"
          : "expected an integer, got " + RecordCodec.describe(value));
    }
    JsonNode incomplete = o.get("incomplete");
    if (incomplete != null && !incomplete.isNull() && !incomplete.isBoolean()) {
      throw new InvalidRecordException("incomplete", "expected true or false, got " + RecordCodec.describe(incomplete));
    }
    return new Adoption(text(o, "id"), text(o, "source"), fetchedAt, text(o, "signal"), text(o, "framework"), month,
        value.longValue(), incomplete != null && incomplete.asBoolean(), text(o, "query"));
  }

  private static String text(ObjectNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InvalidRecordException(field, "expected a string, got " + RecordCodec.describe(v));
    }
    return v.textValue();
  }
}
