package dev.framewatch.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.index.schema.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@code /api/openapi.json}: the hand-written description in the jar, with the values that code defines filled in from that
 * code. {@code /api/share?by=} takes every {@link Dimension}, the same list as the CLI's {@code --by}, so a new dimension shows in
 * both without anyone editing the JSON.
 */
public final class OpenApiDescription {
  private OpenApiDescription() {}

  public static String render(byte[] handWritten) {
    try {
      ObjectNode root = (ObjectNode) Json.mapper().readTree(handWritten);
      for (JsonNode parameter : root.path("paths").path("/api/share").path("get").path("parameters")) {
        if ("by".equals(parameter.path("name").asText())) {
          describeDimensions((ObjectNode) parameter);
        }
      }
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Comma-separated values from a fixed set: OpenAPI's array in {@code form} style, not exploded ({@code by=venue,year}). */
  private static void describeDimensions(ObjectNode by) {
    by.put("description", "comma-separated dimensions, any of: " + String.join(", ", Dimension.keys()) + " (default year)");
    by.put("style", "form");
    by.put("explode", false);
    ObjectNode schema = by.putObject("schema");
    schema.put("type", "array");
    ArrayNode values = schema.putObject("items").put("type", "string").putArray("enum");
    Dimension.keys().forEach(values::add);
  }
}
