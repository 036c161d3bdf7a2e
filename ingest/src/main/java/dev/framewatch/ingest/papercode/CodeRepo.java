package dev.framewatch.ingest.papercode;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GitHub repository named by a paper's code link: {@code https://github.com/gabb7/AReS-MaRS},
 * {@code http://www.github.com/o/r.git}, {@code https://github.com/o/r/tree/master/icml}. Other hosts (GitLab, a lab's site)
 * and user pages ({@code https://github.com/someone}) name no repository.
 */
public record CodeRepo(String owner, String name) {
  private static final Pattern GITHUB = Pattern.compile(
      "^(?:https?://)?(?:www\\.)?github\\.com/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]+?)(?:\\.git)?(?:[/?#].*)?$",
      Pattern.CASE_INSENSITIVE);

  public static Optional<CodeRepo> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = GITHUB.matcher(url.trim());
    if (!m.matches() || m.group(2).equals(".") || m.group(2).equals("..")) {
      return Optional.empty();
    }
    return Optional.of(new CodeRepo(m.group(1), m.group(2)));
  }

  /** {@code owner/name}. */
  public String fullName() {
    return owner + "/" + name;
  }
}
