package dev.framewatch.ingest.github;

import com.typesafe.config.Config;
import dev.framewatch.core.settings.SettingsProblems;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the GitHub crawl fetches, and how.
 *
 * @param baseUrl {@code sources.github.base-url}, e.g. {@code https://api.github.com}
 * @param repos {@code sources.github.repos}: {@code owner/name}
 * @param token {@code sources.github.token}; empty = unauthenticated. Never printed: {@link #toString()} masks it
 * @param samplePages pages fetched (the first and last included) to estimate the star history of a repository too large to
 *     list in full
 * @param maxExactPages the star history is counted exactly, page by page, up to this many stargazer pages
 * @param adoption {@code sources.github.adoption}: new repositories per framework per month, from the search API
 */
public record GitHubOptions(String baseUrl, List<String> repos, String token, int samplePages, int maxExactPages,
    AdoptionOptions adoption) {
  public static final int DEFAULT_SAMPLE_PAGES = 30;
  /** GitHub lists at most 400 pages of 100 stargazers. */
  public static final int GITHUB_MAX_PAGES = 400;
  private static final Pattern REPO = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

  public GitHubOptions {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (baseUrl.isBlank()) {
      throw new IllegalArgumentException("sources.github.base-url must not be empty");
    }
    baseUrl = baseUrl.trim().endsWith("/") ? baseUrl.trim().substring(0, baseUrl.trim().length() - 1) : baseUrl.trim();
    repos = List.copyOf(repos);
    for (String r : repos) {
      if (!REPO.matcher(r).matches()) {
        throw new IllegalArgumentException("sources.github.repos: not owner/name: \"" + r + "\"");
      }
    }
    token = token == null ? "" : token.trim();
    adoption = adoption == null ? AdoptionOptions.DISABLED : adoption;
    if (samplePages < 2) {
      throw new IllegalArgumentException("sample pages must be at least 2, got " + samplePages);
    }
    if (maxExactPages < 1 || maxExactPages > GITHUB_MAX_PAGES) {
      throw new IllegalArgumentException("max exact pages must be between 1 and " + GITHUB_MAX_PAGES + ", got " + maxExactPages);
    }
  }

  /** Options without the new-repositories measurement. */
  public GitHubOptions(String baseUrl, List<String> repos, String token, int samplePages, int maxExactPages) {
    this(baseUrl, repos, token, samplePages, maxExactPages, AdoptionOptions.DISABLED);
  }

  /** Reads {@code sources.github.*}: {@code keys} holds the keys under {@code sources.github}. */
  public static GitHubOptions from(Config keys) {
    return new GitHubOptions(keys.getString("base-url"), keys.getStringList("repos"), keys.getString("token"),
        DEFAULT_SAMPLE_PAGES, GITHUB_MAX_PAGES, AdoptionOptions.from(keys));
  }

  /** What a configuration must get right before anything runs. */
  public static void check(SettingsProblems keys) {
    keys.check("repos", () -> keys.config().getStringList("repos") == null ? "" : null);
    keys.check("adoption.since", () -> AdoptionOptions.sinceProblem(keys.config()));
  }

  public boolean hasToken() {
    return !token.isEmpty();
  }

  @Override
  public String toString() {
    return "GitHubOptions[baseUrl=" + baseUrl + ", repos=" + repos + ", token=" + (hasToken() ? "<set>" : "<none>")
        + ", samplePages=" + samplePages + ", maxExactPages=" + maxExactPages + ", adoption=" + adoption + "]";
  }
}
