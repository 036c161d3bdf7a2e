package dev.framewatch.ingest.state;

import dev.framewatch.ingest.http.FetchRequest;
import dev.framewatch.ingest.http.FetchResult;
import java.util.Optional;

/**
 * What a server said about the version of a page it sent: its {@code ETag} and {@code Last-Modified}, replayed as
 * {@code If-None-Match} and {@code If-Modified-Since} next time so an unchanged page comes back as a bodiless 304.
 *
 * @param etag null when the server sent none
 * @param lastModified the header's text as sent (an HTTP date), null when none
 * @param meta what the crawler needs to carry on past a 304 without the body, e.g. a paged listing's entry count and total;
 *     null when nothing
 */
public record Validators(String etag, String lastModified, String meta) {
  /** The validators of a 200 response, or empty when it carries neither header (such a page cannot be asked conditionally). */
  public static Optional<Validators> of(FetchResult response, String meta) {
    String etag = response.header("ETag").map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
    String lastModified = response.header("Last-Modified").map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
    if (etag == null && lastModified == null) {
      return Optional.empty();
    }
    return Optional.of(new Validators(etag, lastModified, meta));
  }

  /** The request with the conditional headers these validators allow. */
  public FetchRequest applyTo(FetchRequest request) {
    FetchRequest r = request;
    if (etag != null) {
      r = r.withHeader("If-None-Match", etag);
    }
    if (lastModified != null) {
      r = r.withHeader("If-Modified-Since", lastModified);
    }
    return r;
  }
}
