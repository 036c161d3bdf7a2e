package dev.framewatch.core.method;

import java.util.Locale;
import java.util.Optional;

/**
 * A lower-case literal that every match of a simple regular expression contains, e.g. {@code pytorch} for
 * {@code \bpytorch\b}. The detector checks for it with {@code String.contains} before running the regex: most documents name no
 * framework, and a plain substring test is some 30 times cheaper than a word-bounded, case-insensitive regex scan.
 *
 * <p>Conservative: a pattern with alternation, optional groups or anything else not understood here has no literal, and is
 * always run.
 */
final class RequiredLiteral {
  private static final char GAP = '\u0000';

  private RequiredLiteral() {}

  static Optional<String> of(String regex) {
    if (regex.contains("|") || regex.matches(".*\\)[?*{].*") || regex.contains("\\Q") || regex.contains("\\p")) {
      return Optional.empty();
    }
    String s = regex
        .replaceAll("\\(\\?[imsux-]+\\)", "") // inline flags
        .replaceAll("\\(\\?<?[!=][^)]*\\)", String.valueOf(GAP)) // lookarounds match nothing
        .replaceAll("\\[[^\\]]*\\][?*]?", String.valueOf(GAP)) // character classes
        .replaceAll("\\\\[bB]", "") // word boundaries
        .replaceAll("\\\\[sSdDwW][?*+]?|\\\\[sSdDwW]\\{[^}]*\\}", String.valueOf(GAP));
    StringBuilder literal = new StringBuilder();
    String best = "";
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean escaped = c == '\\' && i + 1 < s.length();
      char value = escaped ? s.charAt(++i) : c;
      boolean optional = i + 1 < s.length() && (s.charAt(i + 1) == '?' || s.charAt(i + 1) == '*' || s.charAt(i + 1) == '{');
      boolean isLiteral = escaped ? ".-_/+#@".indexOf(value) >= 0 : Character.isLetterOrDigit(value) || value == '-'
          || value == '_';
      if (isLiteral && !optional) {
        literal.append(value);
      } else {
        if (literal.length() > best.length()) {
          best = literal.toString();
        }
        literal.setLength(0);
      }
    }
    if (literal.length() > best.length()) {
      best = literal.toString();
    }
    return best.length() >= 3 ? Optional.of(best.toLowerCase(Locale.ROOT)) : Optional.empty();
  }
}
