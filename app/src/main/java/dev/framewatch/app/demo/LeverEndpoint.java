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
 * Lever's postings API, {@code /v0/postings/<site>?mode=json&skip=S&limit=L}: a JSON array, newest first. The first request
 * with {@code skip > 0} answers 500 (then the page, when retried).
 */
final class LeverEndpoint implements DemoEndpoint {
  private final Map<String, List<DemoJob>> bySite = new LinkedHashMap<>();
  private final ScriptedFailures failures;

  LeverEndpoint(List<DemoJob> jobs, ScriptedFailures failures) {
    for (DemoJob j : jobs) {
      if (j.board() == DemoJob.Board.LEVER) {
        bySite.computeIfAbsent(j.partition(), k -> new ArrayList<>()).add(j);
      }
    }
    this.failures = failures;
  }

  @Override
  public String path() {
    return "/v0/postings/";
  }

  @Override
  public String source() {
    return "jobs";
  }

  @Override
  public void handle(HttpExchange exchange, String baseUrl) throws IOException {
    List<DemoJob> jobs = bySite.get(exchange.getRequestURI().getPath().substring(path().length()));
    if (jobs == null) {
      Responses.json(exchange, 404, "{\"ok\":false,\"error\":\"Document not found\"}");
      return;
    }
    Map<String, String> q = Responses.query(exchange);
    int skip;
    int limit;
    try {
      skip = Math.max(0, Integer.parseInt(q.getOrDefault("skip", "0")));
      limit = Math.max(0, Integer.parseInt(q.getOrDefault("limit", "1000")));
    } catch (NumberFormatException e) {
      Responses.json(exchange, 400, "{\"ok\":false,\"error\":\"skip and limit must be numbers\"}");
      return;
    }
    if (skip > 0 && failures.once("lever-500")) {
      Responses.serverError(exchange);
      return;
    }
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (int i = skip; i < Math.min(jobs.size(), skip + limit); i++) {
      DemoJob j = jobs.get(i);
      ObjectNode o = items.addObject();
      ObjectNode categories = o.putObject("categories");
      categories.put("commitment", "Full-time");
      categories.put("location", j.location());
      categories.put("team", "Machine Learning");
      o.put("createdAt", j.posted().toEpochMilli());
      o.put("description", j.description());
      o.put("id", j.postingId());
      o.putArray("lists");
      o.put("text", j.title());
      o.put("hostedUrl", "https://jobs.lever.co/" + j.partition() + "/" + j.postingId());
    }
    Responses.json(exchange, 200, JobJson.write(items));
  }
}
