package dev.framewatch.demosite.github;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.demosite.http.ScriptedFailures;
import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub's REST API: {@code /repos/<owner>/<repo>} and {@code /repos/<owner>/<repo>/stargazers?per_page=N&page=P}, oldest
 * first, with {@code Link} rel next/last/prev/first, and {@code starred_at} only when the request accepts
 * {@code application/vnd.github.star+json}. The first request for TensorFlow answers 500; the first for page 3 of PyTorch's
 * stargazers answers 429 with {@code Retry-After: 1}; one stargazers page of a repository (see
 * {@link DemoRepo#truncatedPage()}) is always served cut short.
 */
public final class GitHubEndpoint implements Dispatcher {
  public static final String PATH = "/repos/";
  static final int MAX_PER_PAGE = 100;
  /** GitHub lists no stargazers page beyond this one: a later page answers 422, and rel="last" points here at most. */
  public static final int MAX_PAGE = 400;
  private static final FakeResponse PAGINATION_LIMITED = SiteResponses.json(422, "{\"message\":\"In order to keep the API "
      + "fast for everyone, pagination is limited for this resource.\",\"documentation_url\":"
      + "\"https://docs.github.com/v3/#pagination\",\"status\":\"422\"}");
  private static final FakeResponse NOT_FOUND = SiteResponses.json(404,
      "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"404\"}");
  private final Map<String, DemoRepo> byName = new LinkedHashMap<>();
  private final ScriptedFailures failures;
  /** Each repository's newest stars not given yet (see {@link #holdBack}). */
  private volatile int heldBack;

  public GitHubEndpoint(List<DemoRepo> repos, ScriptedFailures failures) {
    repos.forEach(r -> byName.put(r.fullName(), r));
    this.failures = failures;
  }

  /** Serves each repository as if its {@code newestStars} newest stars were not given yet; 0 serves them all again. */
  public void holdBack(int newestStars) {
    heldBack = Math.max(0, newestStars);
  }

  /** The repository as it stands: without its held-back newest stars. */
  private DemoRepo visible(DemoRepo r) {
    int held = Math.min(heldBack, r.starredAt().size());
    if (held == 0) {
      return r;
    }
    return new DemoRepo(r.id(), r.fullName(), r.description(), r.language(), r.topics(), r.createdAt(), r.forks(),
        r.starredAt().subList(0, r.starredAt().size() - held), r.truncatedPage());
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    return answer(request).withHeader("X-GitHub-Api-Version-Selected", "2022-11-28");
  }

  private FakeResponse answer(RecordedRequest request) {
    String[] parts = request.path().split("/");
    // "", "repos", owner, name [, "stargazers"]
    DemoRepo found = parts.length >= 4 ? byName.get(parts[2] + "/" + parts[3]) : null;
    DemoRepo repo = found == null ? null : visible(found);
    if (repo == null || parts.length > 5 || (parts.length == 5 && !parts[4].equals("stargazers"))) {
      return NOT_FOUND;
    }
    if (parts.length == 4) {
      if (repo.fullName().equals("tensorflow/tensorflow") && failures.once("github-500")) {
        return ScriptedFailures.serverError();
      }
      return SiteResponses.json(repoJson(repo));
    }
    Map<String, String> q = request.query();
    int perPage;
    int page;
    try {
      perPage = Math.max(1, Math.min(MAX_PER_PAGE, Integer.parseInt(q.getOrDefault("per_page", "30"))));
      page = Math.max(1, Integer.parseInt(q.getOrDefault("page", "1")));
    } catch (NumberFormatException e) {
      return SiteResponses.json(422, "{\"message\":\"Validation Failed\"}");
    }
    if (page > MAX_PAGE) {
      return PAGINATION_LIMITED;
    }
    if (repo.fullName().equals("pytorch/pytorch") && page == 3 && failures.once("github-429")) {
      return ScriptedFailures.tooManyRequests();
    }
    boolean stars = request.headerValues("Accept").stream().anyMatch(a -> a.contains("application/vnd.github.star+json"));
    String body = SiteResponses.write(stargazers(repo, perPage, page, stars));
    if (page == repo.truncatedPage() && failures.enabled()) {
      body = SiteResponses.cut(body, 0.5);
    }
    String link = link(request.baseUrl() + PATH + repo.fullName() + "/stargazers?per_page=" + perPage + "&page=", page,
        Math.min(repo.pages(perPage), MAX_PAGE));
    FakeResponse response = SiteResponses.json(200, body);
    return link.isEmpty() ? response : response.withHeader("Link", link);
  }

  /** GitHub's pagination header: next and last, then prev and first, as they apply. */
  private static String link(String base, int page, int last) {
    StringBuilder link = new StringBuilder();
    if (page < last) {
      link.append("<").append(base).append(page + 1).append(">; rel=\"next\", <").append(base).append(last)
          .append(">; rel=\"last\"");
    }
    if (page > 1) {
      link.append(link.length() > 0 ? ", " : "").append("<").append(base).append(page - 1).append(">; rel=\"prev\", <")
          .append(base).append(1).append(">; rel=\"first\"");
    }
    return link.toString();
  }

  private static ArrayNode stargazers(DemoRepo repo, int perPage, int page, boolean stars) {
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    List<Instant> all = repo.starredAt();
    for (int i = (page - 1) * perPage; i < Math.min(all.size(), page * perPage); i++) {
      ObjectNode user = JsonNodeFactory.instance.objectNode();
      user.put("login", "stargazer" + (repo.id() % 1000) + "x" + i);
      user.put("id", 10_000_000L + repo.id() % 1000 * 100_000 + i);
      user.put("type", "User");
      user.put("site_admin", false);
      if (stars) {
        ObjectNode o = items.addObject();
        o.put("starred_at", DateTimeFormatter.ISO_INSTANT.format(all.get(i)));
        o.set("user", user);
      } else {
        items.add(user);
      }
    }
    return items;
  }

  private static ObjectNode repoJson(DemoRepo r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    String owner = r.fullName().substring(0, r.fullName().indexOf('/'));
    o.put("id", r.id());
    o.put("node_id", "R_demo" + r.id());
    o.put("name", r.fullName().substring(owner.length() + 1));
    o.put("full_name", r.fullName());
    o.put("private", false);
    ObjectNode ow = o.putObject("owner");
    ow.put("login", owner);
    ow.put("type", "Organization");
    o.put("html_url", "https://github.com/" + r.fullName());
    o.put("description", r.description());
    o.put("fork", false);
    o.put("created_at", DateTimeFormatter.ISO_INSTANT.format(r.createdAt()));
    o.put("updated_at", "2026-10-31T12:00:00Z");
    o.put("pushed_at", "2026-10-31T11:00:00Z");
    o.put("stargazers_count", r.stars());
    o.put("watchers_count", r.stars());
    o.put("language", r.language());
    o.put("forks_count", r.forks());
    o.put("archived", false);
    o.put("open_issues_count", 10 + r.id() % 90);
    ArrayNode topics = o.putArray("topics");
    r.topics().forEach(topics::add);
    o.put("default_branch", "main");
    o.put("subscribers_count", r.stars() / 30);
    return o;
  }
}
