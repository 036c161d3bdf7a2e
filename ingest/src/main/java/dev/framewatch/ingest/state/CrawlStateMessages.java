package dev.framewatch.ingest.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How crawl state entries travel in the {@code crawl-state} topic. The key names the entry, so compaction keeps its newest
 * value: {@code <source>/validators/<url>}, {@code <source>/cursor/<name>}, {@code <source>/mark/<kind>/<key>}. The value is
 * the entry as JSON and carries everything needed to read it back (the key is never parsed, except a deleted cursor's, whose
 * value is a tombstone: null).
 */
public final class CrawlStateMessages {
  private static final String VALIDATORS = "validators";
  private static final String CURSOR = "cursor";
  private static final String MARK = "mark";

  private CrawlStateMessages() {}

  /** The messages (key, value; null value: delete) that publish {@code changes} of {@code source}, in a stable order. */
  static Map<String, byte[]> encode(String source, Changes changes) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    changes.validators().forEach((url, v) -> {
      ObjectNode n = Json.mapper().createObjectNode();
      n.put("url", url).put("etag", v.etag()).put("last_modified", v.lastModified()).put("meta", v.meta());
      out.put(source + "/" + VALIDATORS + "/" + url, bytes(n));
    });
    changes.cursors().forEach((name, value) -> out.put(source + "/" + CURSOR + "/" + name,
        value.map(v -> bytes(Json.mapper().createObjectNode().put("name", name).put("value", v))).orElse(null)));
    changes.marks().forEach((k, value) -> out.put(source + "/" + MARK + "/" + k.kind() + "/" + k.key(),
        bytes(Json.mapper().createObjectNode().put("kind", k.kind()).put("key", k.key()).put("value", value))));
    return out;
  }

  /** Whether a message of the topic belongs to {@code source}. */
  public static boolean belongsTo(String key, String source) {
    return key != null && key.startsWith(source + "/");
  }

  /** Adds one message of the topic (already known to belong to {@code source}) to {@code into}. */
  static void decode(String source, String key, byte[] value, Changes into) {
    String rest = key.substring(source.length() + 1);
    if (value == null) {
      if (rest.startsWith(CURSOR + "/")) {
        into.cursors().put(rest.substring(CURSOR.length() + 1), Optional.empty());
      }
      return; // only cursors are ever deleted
    }
    JsonNode n;
    try {
      n = Json.mapper().readTree(value);
    } catch (IOException e) {
      throw new UncheckedIOException("crawl state message " + key + " is not JSON: " + e.getMessage(), e);
    }
    if (rest.startsWith(VALIDATORS + "/")) {
      into.validators().put(n.path("url").asText(), new Validators(text(n, "etag"), text(n, "last_modified"), text(n, "meta")));
    } else if (rest.startsWith(CURSOR + "/")) {
      into.cursors().put(n.path("name").asText(), Optional.of(n.path("value").asText()));
    } else if (rest.startsWith(MARK + "/")) {
      into.marks().put(new Changes.MarkKey(n.path("kind").asText(), n.path("key").asText()), n.path("value").asText());
    } else {
      throw new IllegalStateException("crawl state message " + key + " is of no known kind");
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static byte[] bytes(JsonNode n) {
    return n.toString().getBytes(StandardCharsets.UTF_8);
  }
}
