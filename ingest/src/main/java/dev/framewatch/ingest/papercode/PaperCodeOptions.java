package dev.framewatch.ingest.papercode;

/**
 * How papers' code repositories are read ({@code sources.papers.code.*}).
 *
 * @param enabled whether papers with a GitHub code link are judged by their code at all
 * @param apiBase GitHub's API, {@code https://api.github.com} (a local server in tests)
 * @param token a GitHub token (5,000 core requests an hour instead of 60), or null; sent in {@code Authorization} only
 * @param reserve requests of the core API's hourly budget left to the repository crawler: once {@code X-RateLimit-Remaining}
 *     falls to it, the remaining repositories wait for the next crawl
 * @param maxCodeFiles top-level {@code .py} (then {@code .ipynb}) files read for imports when nothing declares a framework
 */
public record PaperCodeOptions(boolean enabled, String apiBase, String token, int reserve, int maxCodeFiles) {
  public static final String DEFAULT_API = "https://api.github.com";

  public PaperCodeOptions {
    apiBase = apiBase == null || apiBase.isBlank() ? DEFAULT_API : apiBase.replaceAll("/+$", "");
    if (reserve < 0 || maxCodeFiles < 0) {
      throw new IllegalArgumentException("sources.papers.code: reserve and max-code-files must not be negative");
    }
  }

  /** {@code code.*} under {@code sources.papers}; disabled when the block is absent. */
  public static PaperCodeOptions from(com.typesafe.config.Config papers) {
    if (!papers.hasPath("code")) {
      return disabled();
    }
    com.typesafe.config.Config c = papers.getConfig("code");
    return new PaperCodeOptions(c.getBoolean("enabled"), c.getString("base-url"),
        c.hasPath("token") ? c.getString("token") : null, c.getInt("reserve"), c.getInt("max-code-files"));
  }

  public static PaperCodeOptions disabled() {
    return new PaperCodeOptions(false, DEFAULT_API, null, 100, 10);
  }

  public boolean hasToken() {
    return token != null && !token.isBlank();
  }

  /** The token is never printed. */
  @Override
  public String toString() {
    return "PaperCodeOptions[enabled=" + enabled + ", apiBase=" + apiBase + ", token=" + (hasToken() ? "<set>" : "none")
        + ", reserve=" + reserve + ", maxCodeFiles=" + maxCodeFiles + "]";
  }
}
