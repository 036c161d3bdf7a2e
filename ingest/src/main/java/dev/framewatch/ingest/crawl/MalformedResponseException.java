package dev.framewatch.ingest.crawl;

/**
 * A response body that is not what the API or page format promises (not JSON or XML, truncated, the wrong shape, an HTML page
 * without its listing, a corrupt PDF). The crawler dead-letters the page; the message is the dead letter's reason.
 */
public final class MalformedResponseException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedResponseException(String reason) {
    super(reason);
  }

  public MalformedResponseException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
