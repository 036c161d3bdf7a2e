package dev.framewatch.ingest.huggingface;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Model;
import dev.framewatch.ingest.crawl.ApiFields;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns one item of the Hub's {@code /api/models} listing into a {@link Model} record. Errors name the Hub's field, since the
 * dead letter shows the Hub's JSON.
 *
 * <p>Note for analysis, not fixed here: the Hub gives every model created before its March 2022 migration the same
 * {@code createdAt}, 2022-03-02T23:29:04.000Z, so that date is not a real creation date.
 */
public final class HubModelMapper {
  public static final String SOURCE = "huggingface";
  public static final String ID_PREFIX = "hf:";

  /** Hub fields worth keeping beyond the contract, and the snake_case names they get in {@code extra}. */
  private static final Map<String, String> EXTRA_FIELDS = extraFields();

  private HubModelMapper() {}

  private static Map<String, String> extraFields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("author", "author");
    m.put("lastModified", "last_modified");
    m.put("sha", "sha");
    m.put("gated", "gated");
    return m;
  }

  /**
   * @throws InvalidRecordException naming the offending Hub field
   */
  public static Model toModel(JsonNode item, Instant fetchedAt) {
    if (!(item instanceof ObjectNode node)) {
      throw new InvalidRecordException(null, "expected a JSON object, got " + (item == null ? "nothing" : item.getNodeType()));
    }
    // "id" is the repository name; older listings also carry it as "modelId".
    String modelId = ApiFields.text(node, "id");
    if (modelId == null) {
      modelId = ApiFields.text(node, "modelId");
    }
    if (modelId == null || modelId.isBlank()) {
      throw new InvalidRecordException("id", "is required");
    }
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    EXTRA_FIELDS.forEach((hub, ours) -> {
      JsonNode v = node.get(hub);
      if (v != null && !v.isNull()) {
        extra.put(ours, v);
      }
    });
    return new Model(ID_PREFIX + modelId, SOURCE, fetchedAt, modelId, ApiFields.text(node, "library_name"),
        ApiFields.strings(node, "tags"), ApiFields.text(node, "pipeline_tag"), ApiFields.utcDate(node, "createdAt"),
        ApiFields.count(node, "downloads"), ApiFields.count(node, "likes"), extra);
  }
}
