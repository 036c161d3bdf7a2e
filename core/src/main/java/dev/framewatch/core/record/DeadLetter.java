package dev.framewatch.core.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import java.time.Instant;
import java.util.Map;

/**
 * What could not be used, why, and enough of the raw input to see it: the value of a {@code dead-letter} message.
 *
 * @param origin where it failed, e.g. {@code import:/path/file.jsonl:17} or a URL
 * @param reason one line naming the problem
 * @param input the raw input, cut to {@link #MAX_INPUT} characters
 * @param context anything else that helps (HTTP status, kind, source)
 */
public record DeadLetter(String origin, String reason, String input, Map<String, String> context, Instant at) {
  public static final int MAX_INPUT = 64 * 1024;

  public DeadLetter {
    input = input == null ? "" : input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
    context = context == null ? Map.of() : Map.copyOf(context);
  }

  public String toJson() {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("origin", origin);
    o.put("reason", reason);
    o.put("at", at.toString());
    ObjectNode c = o.putObject("context");
    context.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> c.put(e.getKey(), e.getValue()));
    o.put("input", input);
    try {
      return Json.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
