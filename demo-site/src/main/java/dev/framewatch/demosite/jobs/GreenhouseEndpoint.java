package dev.framewatch.demosite.jobs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.demosite.http.ScriptedFailures;
import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.demosite.http.Timestamps;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.util.List;
import java.util.Map;

/**
 * Greenhouse's job board API, {@code /v1/boards/<board>/jobs?content=true}: every job of a board in one response, content
 * HTML-escaped, {@code meta.total}. The first request answers 429 with {@code Retry-After: 1}.
 *
 * @param byBoard the postings by board token
 */
record GreenhouseEndpoint(Map<String, List<DemoJob>> byBoard, ScriptedFailures failures) implements Dispatcher {
  static final String PATH = "/v1/boards/";

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    String[] parts = request.path().split("/");
    // "", "v1", "boards", "<board>", "jobs"
    List<DemoJob> jobs = parts.length == 5 && parts[4].equals("jobs") ? byBoard.get(parts[3]) : null;
    if (jobs == null) {
      return SiteResponses.json(404, "{\"status\":404,\"error\":\"Job not found\"}");
    }
    if (failures.once("greenhouse-429")) {
      return ScriptedFailures.tooManyRequests();
    }
    boolean content = "true".equals(request.query().get("content"));
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (DemoJob j : jobs) {
      ObjectNode o = items.addObject();
      o.put("absolute_url", "https://boards.greenhouse.io/" + parts[3] + "/jobs/" + j.postingId());
      o.putObject("location").put("name", j.location());
      o.putNull("metadata");
      o.put("id", Long.parseLong(j.postingId()));
      o.put("updated_at", Timestamps.offset(j.posted()));
      o.put("requisition_id", "R-" + j.postingId().substring(j.postingId().length() - 3));
      o.put("title", j.title());
      o.put("company_name", j.company());
      o.put("first_published", Timestamps.offset(j.posted()));
      if (content) {
        o.put("content", SiteResponses.escape(j.description()));
      }
      o.putArray("departments");
      o.putArray("offices");
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("jobs", items);
    body.putObject("meta").put("total", jobs.size());
    return SiteResponses.json(body);
  }
}
