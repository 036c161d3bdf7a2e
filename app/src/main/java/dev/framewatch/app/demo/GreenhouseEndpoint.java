package dev.framewatch.app.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Greenhouse's job board API, {@code /v1/boards/<board>/jobs?content=true}: every job of a board in one response, content
 * HTML-escaped, {@code meta.total}. The first request answers 429 with {@code Retry-After: 1}.
 */
final class GreenhouseEndpoint implements DemoEndpoint {
  private final Map<String, List<DemoJob>> byBoard = new LinkedHashMap<>();
  private final ScriptedFailures failures;

  GreenhouseEndpoint(List<DemoJob> jobs, ScriptedFailures failures) {
    for (DemoJob j : jobs) {
      if (j.board() == DemoJob.Board.GREENHOUSE) {
        byBoard.computeIfAbsent(j.partition(), k -> new ArrayList<>()).add(j);
      }
    }
    this.failures = failures;
  }

  @Override
  public String path() {
    return "/v1/boards/";
  }

  @Override
  public String source() {
    return "jobs";
  }

  @Override
  public void handle(HttpExchange exchange, String baseUrl) throws IOException {
    String[] parts = exchange.getRequestURI().getPath().split("/");
    // "", "v1", "boards", "<board>", "jobs"
    List<DemoJob> jobs = parts.length == 5 && parts[4].equals("jobs") ? byBoard.get(parts[3]) : null;
    if (jobs == null) {
      Responses.json(exchange, 404, "{\"status\":404,\"error\":\"Job not found\"}");
      return;
    }
    if (failures.once("greenhouse-429")) {
      Responses.tooManyRequests(exchange);
      return;
    }
    boolean content = "true".equals(Responses.query(exchange).get("content"));
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (DemoJob j : jobs) {
      ObjectNode o = items.addObject();
      o.put("absolute_url", "https://boards.greenhouse.io/" + parts[3] + "/jobs/" + j.postingId());
      o.putObject("location").put("name", j.location());
      o.putNull("metadata");
      o.put("id", Long.parseLong(j.postingId()));
      o.put("updated_at", JobJson.offset(j.posted()));
      o.put("requisition_id", "R-" + j.postingId().substring(j.postingId().length() - 3));
      o.put("title", j.title());
      o.put("company_name", j.company());
      o.put("first_published", JobJson.offset(j.posted()));
      if (content) {
        o.put("content", Responses.escape(j.description()));
      }
      o.putArray("departments");
      o.putArray("offices");
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("jobs", items);
    body.putObject("meta").put("total", jobs.size());
    Responses.json(exchange, 200, JobJson.write(body));
  }
}
