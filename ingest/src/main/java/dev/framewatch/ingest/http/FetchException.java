package dev.framewatch.ingest.http;

import java.net.URI;

/** A URL that could not be fetched after all retries; names the URL, the last status (0 when there was none) and why. */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;
  private final URI url;
  private final int lastStatus;
  private final String reason;
  private final int attempts;

  public FetchException(URI url, int lastStatus, String reason, int attempts, Throwable cause) {
    super("GET " + url + " failed after " + attempts + (attempts == 1 ? " attempt" : " attempts")
        + (lastStatus > 0 ? " (last status " + lastStatus + ")" : "") + ": " + reason, cause);
    this.url = url;
    this.lastStatus = lastStatus;
    this.reason = reason;
    this.attempts = attempts;
  }

  public URI url() {
    return url;
  }

  /** The last HTTP status received, or 0 when the last attempt got no response (I/O error, timeout). */
  public int lastStatus() {
    return lastStatus;
  }

  public String reason() {
    return reason;
  }

  public int attempts() {
    return attempts;
  }
}
