package dev.framewatch.demosite.huggingface;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.demosite.http.Timestamps;
import java.time.Instant;
import java.util.List;

/**
 * One generated model as the Hub lists it.
 *
 * @param objectId the Hub's {@code _id} (a MongoDB ObjectId: creation second in hex, then random)
 * @param id the repository name, {@code author/name}
 * @param libraryName null for models without one, as on the Hub
 * @param pipelineTag null when the model states no task
 */
public record HubModel(
    String objectId,
    String id,
    String author,
    String libraryName,
    List<String> tags,
    String pipelineTag,
    Instant createdAt,
    Instant lastModified,
    long downloads,
    long likes,
    String sha) {

  public HubModel {
    tags = List.copyOf(tags);
  }

  /**
   * The item as {@code /api/models} returns it: the compact form by default, with {@code author}, {@code sha},
   * {@code lastModified} and friends when the request says {@code full=true}. Field order follows the Hub's.
   */
  public ObjectNode toHubJson(boolean full) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("_id", objectId);
    o.put("id", id);
    o.put("likes", likes);
    o.put("private", false);
    o.put("downloads", downloads);
    ArrayNode t = o.putArray("tags");
    tags.forEach(t::add);
    if (pipelineTag != null) {
      o.put("pipeline_tag", pipelineTag);
    }
    if (libraryName != null) {
      o.put("library_name", libraryName);
    }
    o.put("createdAt", Timestamps.millis(createdAt));
    o.put("modelId", id);
    if (full) {
      o.put("author", author);
      o.put("sha", sha);
      o.put("lastModified", Timestamps.millis(lastModified));
      o.put("gated", false);
      o.put("disabled", false);
    }
    return o;
  }

  /** Whether the Hub's {@code library} filter selects this model: it matches the library name or a tag. */
  public boolean matchesLibrary(String library) {
    return library.equals(libraryName) || tags.contains(library);
  }
}
