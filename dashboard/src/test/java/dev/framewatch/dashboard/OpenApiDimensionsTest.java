package dev.framewatch.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.index.schema.Dimension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The served OpenAPI description lists /api/share's dimensions from the code: the CLI's --by values, every one. */
class OpenApiDimensionsTest {
  @Test
  void shareByListsEveryDimension() throws Exception {
    JsonNode by = null;
    for (JsonNode p : Json.mapper().readTree(DashboardServer.OPENAPI).at("/paths/~1api~1share/get/parameters")) {
      if (p.path("name").asText().equals("by")) {
        by = p;
      }
    }
    List<String> values = new ArrayList<>();
    by.at("/schema/items/enum").forEach(v -> values.add(v.asText()));
    assertEquals(Dimension.keys(), values);
    assertEquals(List.of("venue", "year", "quarter", "month", "week", "domain", "source", "kind", "framework", "combination",
        "library", "task"), values);
    assertEquals("array", by.at("/schema/type").asText());
    assertEquals("form", by.path("style").asText());
    assertEquals(false, by.path("explode").asBoolean(true));
    assertEquals("comma-separated dimensions, any of: venue, year, quarter, month, week, domain, source, kind, framework, "
        + "combination, library, task (default year)", by.path("description").asText());
  }
}
