package dev.framewatch.index.query;

/**
 * A {@code --where} query that does not parse or names what the index does not have. A subtype of
 * {@link IllegalArgumentException} (bad input, exit 2 on the command line) that callers asking several things at once, like
 * the dashboard's share API with its {@code method}, can tell apart from the other problems.
 */
public final class InvalidWhereException extends IllegalArgumentException {
  InvalidWhereException(String message) {
    super(message);
  }
}
