package dev.framewatch.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {
  @Test
  void findsTheHubsNextLink() {
    String hub = "<https://huggingface.co/api/models?limit=1000&full=true&sort=createdAt&direction=-1"
        + "&cursor=eyIkdmFsdWUiOnsiJGRhdGUiOjE3MzE1MjMyMDIwMDB9fQ%3D%3D>; rel=\"next\"";
    assertEquals(Optional.of("https://huggingface.co/api/models?limit=1000&full=true&sort=createdAt&direction=-1"
        + "&cursor=eyIkdmFsdWUiOnsiJGRhdGUiOjE3MzE1MjMyMDIwMDB9fQ%3D%3D"), LinkHeader.next(hub));
  }

  @Test
  void picksNextAmongSeveralLinksLikeGitHubSends() {
    String github = "<https://api.github.com/repositories/1/stargazers?page=1>; rel=\"prev\", "
        + "<https://api.github.com/repositories/1/stargazers?page=3>; rel=\"next\", "
        + "<https://api.github.com/repositories/1/stargazers?page=40>; rel=\"last\"";
    assertEquals(Optional.of("https://api.github.com/repositories/1/stargazers?page=3"), LinkHeader.next(github));
    assertEquals(Optional.of("https://api.github.com/repositories/1/stargazers?page=40"), LinkHeader.find(github, "last"));
  }

  @Test
  void acceptsUnquotedAndMultiValuedRelAndCommasInsideTargets() {
    assertEquals(Optional.of("/p?ids=1,2,3"), LinkHeader.next("</p?ids=1,2,3>;rel=next"));
    assertEquals(Optional.of("/b"), LinkHeader.next("</a>; rel=\"prev first\", </b>; title=\"x, y\"; rel=\"NEXT last\""));
  }

  @Test
  void isEmptyWithoutANextLink() {
    assertEquals(Optional.empty(), LinkHeader.next(null));
    assertEquals(Optional.empty(), LinkHeader.next(""));
    assertEquals(Optional.empty(), LinkHeader.next("<https://x/api?page=1>; rel=\"prev\""));
    assertEquals(Optional.empty(), LinkHeader.next("<https://x/api?page=2>; rel=\"nextish\""));
  }
}
