package dev.framewatch.ingest.github;

/** A GitHub response body that is not what the REST API promises; the page is dead-lettered. */
public final class MalformedResponseException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedResponseException(String message) {
    super(message);
  }
}
