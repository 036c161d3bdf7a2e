package dev.framewatch.demosite.jobs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.demosite.http.ScriptedFailures;
import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.util.List;
import java.util.Map;

/**
 * Lever's postings API, {@code /v0/postings/<site>?mode=json&skip=S&limit=L}: a JSON array, newest first. The first request
 * with {@code skip > 0} answers 500 (then the page, when retried).
 *
 * @param bySite the postings by Lever site, newest first
 */
record LeverEndpoint(Map<String, List<DemoJob>> bySite, ScriptedFailures failures) implements Dispatcher {
  static final String PATH = "/v0/postings/";

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    List<DemoJob> jobs = bySite.get(request.path().substring(PATH.length()));
    if (jobs == null) {
      return SiteResponses.json(404, "{\"ok\":false,\"error\":\"Document not found\"}");
    }
    Map<String, String> q = request.query();
    int skip;
    int limit;
    try {
      skip = Math.max(0, Integer.parseInt(q.getOrDefault("skip", "0")));
      limit = Math.max(0, Integer.parseInt(q.getOrDefault("limit", "1000")));
    } catch (NumberFormatException e) {
      return SiteResponses.json(400, "{\"ok\":false,\"error\":\"skip and limit must be numbers\"}");
    }
    if (skip > 0 && failures.once("lever-500")) {
      return ScriptedFailures.serverError();
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
    return SiteResponses.json(items);
  }
}
