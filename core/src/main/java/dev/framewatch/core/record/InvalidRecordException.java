package dev.framewatch.core.record;

/** A record that breaks the contract; the message names the field and the reason. */
public final class InvalidRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidRecordException(String field, String reason) {
    super(field == null ? reason : "field '" + field + "': " + reason);
    this.field = field;
  }

  /** The offending field, or null when the problem is the whole input (e.g. malformed JSON). */
  public String field() {
    return field;
  }
}
