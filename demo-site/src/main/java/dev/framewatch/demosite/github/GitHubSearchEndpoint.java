package dev.framewatch.demosite.github;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.demosite.http.SiteResponses;
import dev.framewatch.fakeserver.Dispatcher;
import dev.framewatch.fakeserver.FakeResponse;
import dev.framewatch.fakeserver.RecordedRequest;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's repository search as the new-repositories signal asks it:
 * {@code /search/repositories?q=topic:<t>[+language:python]+created:<first>..<last>&per_page=1}, answered in GitHub's format
 * ({@code total_count}, {@code incomplete_results}, {@code items} with one repository) and with the search resource's
 * {@code X-RateLimit-*} headers. Totals are a deterministic story per topic and month ({@link #total}): PyTorch's new
 * repositories rise month by month, TensorFlow's and Keras's fall, JAX's start in 2019. A query this site does not understand
 * answers 422, as GitHub does.
 */
public final class GitHubSearchEndpoint implements Dispatcher {
  public static final String PATH = "/search/repositories";
  /** The site's stated search budget per minute: generous, so a demo crawl is not slowed the way github.com would. */
  public static final int RATE_LIMIT = 3000;
  private static final Pattern QUERY = Pattern.compile(
      "topic:([a-z0-9-]+)( language:python)? created:(\\d{4}-\\d{2})-01\\.\\.(\\d{4}-\\d{2})-\\d{2}");
  private static final Map<String, int[]> STORY = Map.of(
      // topic -> {start, change per month, floor}: a line over the months since 2016-01, never below the floor.
      "pytorch", new int[] {200, 90, 200},
      "tensorflow", new int[] {1800, -12, 150},
      "keras", new int[] {600, -4, 80},
      "mxnet", new int[] {60, -1, 5},
      "paddlepaddle", new int[] {10, 2, 10},
      "mindspore", new int[] {0, 1, 0},
      "onnx", new int[] {20, 3, 20});
  private static final YearMonth START = YearMonth.of(2016, 1);
  private static final YearMonth JAX_START = YearMonth.of(2019, 1);

  /** New repositories with {@code topic} created in {@code month}; with {@code python}, the four in five of them in Python. */
  public static long total(String topic, YearMonth month, boolean python) {
    long m = START.until(month, java.time.temporal.ChronoUnit.MONTHS);
    long all;
    if (topic.equals("jax")) {
      all = month.isBefore(JAX_START) ? 0 : 5 + 4 * JAX_START.until(month, java.time.temporal.ChronoUnit.MONTHS);
    } else {
      int[] s = STORY.get(topic);
      all = s == null || m < 0 ? 0 : Math.max(s[2], s[0] + s[1] * m);
    }
    return python ? all * 4 / 5 : all;
  }

  @Override
  public FakeResponse dispatch(RecordedRequest request) {
    String q = request.query().get("q");
    Matcher m = q == null ? null : QUERY.matcher(q);
    if (m == null || !m.matches() || !m.group(3).equals(m.group(4))) {
      return SiteResponses.json(422, "{\"message\":\"Validation Failed\",\"errors\":[{\"resource\":\"Search\","
          + "\"field\":\"q\",\"code\":\"invalid\"}],\"documentation_url\":\"https://docs.github.com/v3/search/\","
          + "\"status\":\"422\"}");
    }
    YearMonth month = YearMonth.parse(m.group(3));
    long total = total(m.group(1), month, m.group(2) != null);
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("total_count", total).put("incomplete_results", false);
    var items = body.putArray("items");
    if (total > 0) {
      String name = "demo-" + m.group(1) + "-" + month;
      items.addObject().put("id", Math.abs((long) name.hashCode())).put("name", name)
          .put("full_name", "demo-builders/" + name).put("private", false)
          .put("created_at", month.atDay(1) + "T12:00:00Z").put("language", "Python").put("score", 1.0)
          .putArray("topics").add(m.group(1));
    }
    return SiteResponses.json(body)
        .withHeader("X-RateLimit-Limit", Integer.toString(RATE_LIMIT))
        .withHeader("X-RateLimit-Remaining", Integer.toString(RATE_LIMIT - 1))
        .withHeader("X-RateLimit-Used", "1")
        .withHeader("X-RateLimit-Resource", "search");
  }
}
