package dev.framewatch.ingest.papers;

/**
 * A response that cannot be read as the upstream format it should be in (truncated XML or JSON, an HTML page without the
 * listing, a corrupt PDF). The crawler turns it into a dead letter for the page; the message is the dead letter's reason.
 */
public final class PaperParseException extends Exception {
  private static final long serialVersionUID = 1L;

  public PaperParseException(String reason) {
    super(reason);
  }

  public PaperParseException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
