package dev.framewatch.demosite.jobs;

import dev.framewatch.demosite.http.ScriptedFailures;
import dev.framewatch.demosite.jobs.DemoJob.Board;
import dev.framewatch.fakeserver.Dispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services job postings come from, by the path prefix each answers: an employer's JSON-LD pages and sitemap,
 * Greenhouse, Lever and the HN Algolia API.
 */
public final class JobBoards {
  private JobBoards() {}

  public static Map<String, Dispatcher> routes(List<DemoJob> jobs, ScriptedFailures failures) {
    Map<String, Dispatcher> routes = new LinkedHashMap<>();
    routes.put(JobPagesEndpoint.PATH, new JobPagesEndpoint(DemoJob.byPartition(jobs, Board.JSONLD), failures));
    routes.put(GreenhouseEndpoint.PATH, new GreenhouseEndpoint(DemoJob.byPartition(jobs, Board.GREENHOUSE), failures));
    routes.put(LeverEndpoint.PATH, new LeverEndpoint(DemoJob.byPartition(jobs, Board.LEVER), failures));
    routes.put(HackerNewsEndpoint.PATH, new HackerNewsEndpoint(DemoJob.byPartition(jobs, Board.HN)));
    return routes;
  }
}
