package dev.framewatch.ingest.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/**
 * A response, whatever its status (non-retryable statuses such as 404 or 304 are results, not exceptions).
 *
 * @param url the URL that answered (after redirects); resolve relative links against it
 * @param headers case-insensitive
 * @param body decoded with the charset the response declares, UTF-8 when it declares none
 * @param attempts requests it took, 1 when the first one was answered
 */
public record FetchResult(URI url, int status, HttpHeaders headers, String body, int attempts) {
  public boolean ok() {
    return status >= 200 && status < 300;
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** All values of a header; a server may send {@code Link} several times. */
  public List<String> headers(String name) {
    return headers.allValues(name);
  }

  /** The first {@code max} characters of the body, for dead letters and error messages. */
  public String excerpt(int max) {
    return body.length() <= max ? body : body.substring(0, max);
  }
}
