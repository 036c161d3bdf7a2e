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
 * @param bytes the body as received (gzip already undone): what binary formats such as PDF need
 * @param charset the charset the response declares, UTF-8 when it declares none
 * @param attempts requests it took, 1 when the first one was answered
 */
public record FetchResult(URI url, int status, HttpHeaders headers, byte[] bytes, java.nio.charset.Charset charset,
    int attempts) {
  /** The body as text, decoded with {@link #charset()}. */
  public String body() {
    return new String(bytes, charset);
  }

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
    String body = body();
    return body.length() <= max ? body : body.substring(0, max);
  }
}
