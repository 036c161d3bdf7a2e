package dev.framewatch.ingest.jobs;

/** A response body that is not what the API or page format promises (not JSON, wrong shape); the whole page is dead-lettered. */
public final class MalformedResponseException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedResponseException(String message) {
    super(message);
  }
}
