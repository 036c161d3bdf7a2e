package dev.framewatch.core.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Classifier output for one document: the value of a {@code labels} message, keyed by the document's id. A message carries the
 * document's whole label state (every task), so compaction keeping only the newest message per id loses nothing.
 *
 * <pre>{"id": "paper:iclr:2024:x", "labels": {"domain": {"value": "vision", "confidence": 0.93, "model": "domain-bow",
 *   "version": "1"}}}</pre>
 */
public record Labels(String id, Map<String, Label> byTask) {
  /** The tasks framewatch's classifiers label: what a document is about, and whether it uses or only mentions frameworks. */
  public static final Set<String> TASKS = Set.of("domain", "usage");

  /** One task's answer and where it came from. */
  public record Label(String value, double confidence, String model, String version) {
    public Label {
      Validation.requireText("value", value);
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new InvalidRecordException("confidence", "must be between 0 and 1, got " + confidence);
      }
    }
  }

  public Labels {
    Validation.requireId(id);
    for (String task : byTask.keySet()) {
      if (!TASKS.contains(task)) {
        throw new InvalidRecordException("labels." + task, "unknown task (expected one of " + new java.util.TreeSet<>(TASKS)
            + ")");
      }
    }
    byTask = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byTask));
  }

  public static Labels decode(String json) {
    ObjectNode node = RecordCodec.parseObject(json);
    JsonNode id = node.get("id");
    if (id == null || !id.isTextual()) {
      throw new InvalidRecordException("id", "is required");
    }
    JsonNode labels = node.get("labels");
    if (labels == null || !labels.isObject()) {
      throw new InvalidRecordException("labels", "expected an object of tasks");
    }
    Map<String, Label> byTask = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = labels.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode l = e.getValue();
      String field = "labels." + e.getKey();
      if (!l.isObject() || !l.path("value").isTextual()) {
        throw new InvalidRecordException(field + ".value", "is required");
      }
      if (!l.path("confidence").isNumber()) {
        throw new InvalidRecordException(field + ".confidence", "expected a number");
      }
      byTask.put(e.getKey().toLowerCase(Locale.ROOT), new Label(l.get("value").textValue().toLowerCase(Locale.ROOT),
          l.get("confidence").doubleValue(), l.path("model").asText(""), l.path("version").asText("")));
    }
    return new Labels(id.textValue(), byTask);
  }

  public String encode() {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("id", id);
    ObjectNode labels = o.putObject("labels");
    byTask.forEach((task, l) -> labels.putObject(task).put("value", l.value()).put("confidence", l.confidence())
        .put("model", l.model()).put("version", l.version()));
    try {
      return Json.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
