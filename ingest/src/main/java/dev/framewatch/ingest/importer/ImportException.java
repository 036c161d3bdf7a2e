package dev.framewatch.ingest.importer;

/** An import file that cannot be read at all (missing, not a file, unreadable); the message names the file. */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
