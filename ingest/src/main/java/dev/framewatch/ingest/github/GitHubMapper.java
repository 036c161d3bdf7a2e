package dev.framewatch.ingest.github;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Repo;
import dev.framewatch.ingest.crawl.ApiFields;
import dev.framewatch.ingest.crawl.MalformedResponseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub REST responses into records: {@code GET /repos/{owner}/{repo}} into a {@link Repo}, and a stargazers page (with the
 * {@code application/vnd.github.star+json} media type) into its {@code starred_at} instants.
 */
public final class GitHubMapper {
  public static final String SOURCE = "github";
  public static final String REPO_ID_PREFIX = "gh:";
  /** Repository fields kept beyond the contract, under the same names. */
  private static final List<String> EXTRA = List.of("description", "html_url", "homepage", "open_issues_count",
      "subscribers_count", "archived", "fork", "pushed_at", "default_branch");

  private GitHubMapper() {}

  /**
   * @throws MalformedResponseException when the body is not a JSON object
   * @throws InvalidRecordException naming the GitHub field that is missing or of the wrong type
   */
  public static Repo toRepo(String body, Instant fetchedAt) throws MalformedResponseException {
    JsonNode node = ApiFields.read(body, "repository");
    if (!node.isObject()) {
      throw new MalformedResponseException("repository is not a JSON object but a " + node.getNodeType());
    }
    String fullName = ApiFields.text(node, "full_name");
    if (fullName == null) {
      throw new InvalidRecordException("full_name", "is required");
    }
    Map<String, JsonNode> extra = new LinkedHashMap<>();
    for (String f : EXTRA) {
      JsonNode v = node.get(f);
      if (v != null && !v.isNull()) {
        extra.put(f, v);
      }
    }
    JsonNode license = node.path("license").path("spdx_id");
    if (license.isTextual()) {
      extra.put("license", license);
    }
    return new Repo(REPO_ID_PREFIX + fullName, SOURCE, fetchedAt, fullName, ApiFields.count(node, "stargazers_count"),
        ApiFields.count(node, "forks_count"), ApiFields.text(node, "language"), ApiFields.strings(node, "topics"),
        ApiFields.utcDate(node, "created_at"), extra);
  }

  /** The {@code starred_at} of each item of a stargazers page, in page order (oldest first, as GitHub lists them). */
  public static List<Instant> starredAt(String body) throws MalformedResponseException {
    JsonNode page = ApiFields.read(body, "stargazers page");
    if (!page.isArray()) {
      throw new MalformedResponseException("stargazers page is not a JSON array but a " + page.getNodeType());
    }
    List<Instant> out = new ArrayList<>(page.size());
    for (JsonNode item : page) {
      JsonNode at = item.get("starred_at");
      if (at == null || !at.isTextual()) {
        throw new MalformedResponseException("stargazer item has no starred_at (was the star+json media type ignored?): "
            + cut(item.toString()));
      }
      try {
        out.add(OffsetDateTime.parse(at.textValue()).toInstant());
      } catch (DateTimeParseException e) {
        throw new MalformedResponseException("stargazer starred_at is not an ISO-8601 timestamp: \"" + at.textValue() + "\"");
      }
    }
    return out;
  }

  private static String cut(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }
}
