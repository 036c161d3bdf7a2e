package dev.framewatch.ingest.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.ingest.crawl.MalformedResponseException;

/**
 * What one {@code GET /search/repositories} answer says: {@code total_count} (the matches, of which {@code per_page=1} lists
 * one) and {@code incomplete_results} (GitHub stopped searching before it was done, so the count may be short).
 */
record SearchCount(long total, boolean incomplete) {
  static SearchCount parse(String body) throws MalformedResponseException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new MalformedResponseException("search response is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new MalformedResponseException("search response is not a JSON object");
    }
    JsonNode total = root.get("total_count");
    if (total == null || !total.isIntegralNumber() || total.longValue() < 0) {
      throw new MalformedResponseException("search response without a non-negative integer total_count");
    }
    JsonNode incomplete = root.get("incomplete_results");
    if (incomplete != null && !incomplete.isBoolean()) {
      throw new MalformedResponseException("search response's incomplete_results is not true or false");
    }
    JsonNode items = root.get("items");
    if (items != null && !items.isArray()) {
      throw new MalformedResponseException("search response's items is not an array");
    }
    return new SearchCount(total.longValue(), incomplete != null && incomplete.booleanValue());
  }
}
