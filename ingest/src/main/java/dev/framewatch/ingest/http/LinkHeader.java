package dev.framewatch.ingest.http;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads RFC 8288 {@code Link} headers, as paginated APIs (Hugging Face, GitHub) send them:
 * {@code <https://host/api?page=2>; rel="next", <https://host/api?page=9>; rel="last"}.
 */
public final class LinkHeader {
  private LinkHeader() {}

  /** The target of the link whose {@code rel} includes {@code next}, if any. Several header values may be joined by commas. */
  public static Optional<String> next(String header) {
    return find(header, "next");
  }

  /** The target of the first link whose relation types include {@code rel} (case-insensitive). */
  public static Optional<String> find(String header, String rel) {
    if (header == null) {
      return Optional.empty();
    }
    String wanted = rel.toLowerCase(Locale.ROOT);
    int i = 0;
    int n = header.length();
    while (i < n) {
      int open = header.indexOf('<', i);
      if (open < 0) {
        break;
      }
      // The target may itself contain commas and semicolons, so it is delimited by the angle brackets only.
      int close = header.indexOf('>', open + 1);
      if (close < 0) {
        break;
      }
      String target = header.substring(open + 1, close).trim();
      int end = endOfParams(header, close + 1);
      if (relations(header.substring(close + 1, end)).contains(" " + wanted + " ")) {
        return Optional.of(target);
      }
      i = end + 1;
    }
    return Optional.empty();
  }

  /** The index of the comma ending this link's parameters (outside quotes), or the header's end. */
  private static int endOfParams(String header, int from) {
    boolean quoted = false;
    for (int j = from; j < header.length(); j++) {
      char c = header.charAt(j);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        return j;
      }
    }
    return header.length();
  }

  /** The {@code rel} values of one link's parameters, space-padded for whole-word matching, e.g. {@code " next last "}. */
  private static String relations(String params) {
    for (String param : params.split(";")) {
      int eq = param.indexOf('=');
      if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("rel")) {
        String value = param.substring(eq + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return " " + value.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ") + " ";
      }
    }
    return "";
  }
}
