package dev.framewatch.core.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lower-case literals that every match of a simple regular expression contains, e.g. {@code pytorch} for
 * {@code \bpytorch\b}, or {@code import} and {@code torch} for {@code \bimport\s+torch\b}. The detector checks for them with
 * {@code String.contains} before running the regex: most documents name no framework, and a plain substring test is some 30
 * times cheaper than a word-bounded, case-insensitive regex scan.
 *
 * <p>Conservative: a pattern with a top-level alternation, an optional group, {@code \Q} or {@code \p} has none and is always
 * run. A group (alternation inside, lookaround, anything) counts as a gap: the literals around it are still required, so
 * {@code torch\.(?:nn|optim)} needs {@code torch.}. A group of plain alternatives ({@code (?:pytorch|keras)}) is a
 * {@linkplain #requirements requirement} that one of them occurs.
 */
final class RequiredLiteral {
  /** Shorter literals would pass almost every text and only cost the check. */
  private static final int MIN_LENGTH = 3;

  private RequiredLiteral() {}

  /** The longest required literal. */
  static Optional<String> of(String regex) {
    return all(regex).stream().max(Comparator.comparingInt(String::length));
  }

  /** Every required literal of at least three characters, in the order they occur; empty when it cannot be sure. */
  static List<String> all(String regex) {
    return requirements(regex).stream().filter(r -> r.size() == 1).map(r -> r.get(0)).toList();
  }

  /**
   * What every match contains: a list of requirements, each met when one of its literals occurs (a plain literal is a
   * requirement of one). Empty when nothing is certain.
   */
  static List<List<String>> requirements(String regex) {
    if (regex.matches(".*\\)[?*{].*") || regex.contains("\\Q") || regex.contains("\\p")) {
      return List.of();
    }
    List<List<String>> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      int next;
      boolean isLiteral = false;
      char value = c;
      if (c == '|') {
        return List.of(); // a top-level alternative: no literal is common to all matches
      } else if (c == '(') {
        int close = closingParen(regex, i);
        if (close < 0) {
          return List.of();
        }
        next = close + 1;
        if (regex.substring(i, next).matches("\\(\\?[imsux-]+\\)")) {
          i = next; // inline flags match nothing and do not break a literal
          continue;
        }
        List<String> alternatives = plainAlternatives(regex.substring(i, next));
        if (!alternatives.isEmpty() && !(next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0)) {
          flush(literal, out);
          out.add(alternatives);
          i = next;
          continue;
        }
      } else if (c == '[') {
        int close = closingBracket(regex, i);
        if (close < 0) {
          return List.of();
        }
        next = close + 1;
      } else if (c == '\\' && i + 1 < regex.length()) {
        value = regex.charAt(i + 1);
        next = i + 2;
        if (value == 'b' || value == 'B') {
          i = next; // word boundaries match nothing
          continue;
        }
        isLiteral = ".-_/+#@".indexOf(value) >= 0;
      } else {
        next = i + 1;
        isLiteral = Character.isLetterOrDigit(c) || c == '-' || c == '_';
      }
      boolean optional = next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0;
      if (isLiteral && !optional) {
        literal.append(value);
      } else {
        flush(literal, out);
      }
      i = next;
    }
    flush(literal, out);
    return List.copyOf(out);
  }

  /**
   * Lower-case literals one of which every match starts with, after what matches no text (inline flags, word boundaries,
   * lookbehinds, {@code ^}): {@code pytorch} for {@code \bpytorch\b}, {@code torch.} for {@code (?<![\w.])torch\.(?:nn|jit)},
   * both of {@code (?:pytorch|keras)[- ]like}. No match starts before the first occurrence of one of them, so a search may
   * begin there. Empty when the pattern may start otherwise (a top-level alternation, an optional first character, a class).
   * Unlike {@link #requirements} a literal may be one or two characters long: it only moves the start of the search.
   */
  static List<String> leading(String regex) {
    if (hasTopLevelAlternation(regex) || regex.contains("\\Q") || regex.contains("\\p")) {
      return List.of();
    }
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '^') {
        i++;
      } else if (c == '\\' && i + 1 < regex.length() && "bBA".indexOf(regex.charAt(i + 1)) >= 0) {
        i += 2;
      } else if (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i)
          || (c == '(' && regex.substring(i).matches("(?s)\\(\\?[imsux-]+\\).*"))) {
        int close = closingParen(regex, i);
        if (close < 0) {
          return List.of();
        }
        i = close + 1;
      } else {
        break;
      }
    }
    if (i >= regex.length()) {
      return List.of();
    }
    if (regex.charAt(i) == '(') {
      int close = closingParen(regex, i);
      if (close < 0 || (close + 1 < regex.length() && "?*{".indexOf(regex.charAt(close + 1)) >= 0)) {
        return List.of();
      }
      return plainAlternatives(regex.substring(i, close + 1));
    }
    StringBuilder literal = new StringBuilder();
    while (i < regex.length()) {
      char c = regex.charAt(i);
      char value = c;
      int next = i + 1;
      boolean isLiteral;
      if (c == '\\' && i + 1 < regex.length()) {
        value = regex.charAt(i + 1);
        next = i + 2;
        isLiteral = ".-_/+#@".indexOf(value) >= 0;
      } else {
        isLiteral = Character.isLetterOrDigit(c) || c == '-' || c == '_';
      }
      if (!isLiteral || (next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0)) {
        break; // an optional character: what follows may start the match one character earlier
      }
      literal.append(value);
      i = next;
    }
    return literal.length() == 0 ? List.of() : List.of(literal.toString().toLowerCase(Locale.ROOT));
  }

  /** Whether a {@code |} outside every group and class splits the pattern into alternatives. */
  private static boolean hasTopLevelAlternation(String regex) {
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = closingBracket(regex, i);
        if (i < 0) {
          return true;
        }
      } else if (c == '(') {
        i = closingParen(regex, i);
        if (i < 0) {
          return true;
        }
      } else if (c == '|') {
        return true;
      }
    }
    return false;
  }

  private static void flush(StringBuilder literal, List<List<String>> out) {
    if (literal.length() >= MIN_LENGTH) {
      out.add(List.of(literal.toString().toLowerCase(Locale.ROOT)));
    }
    literal.setLength(0);
  }

  /**
   * The alternatives of a group that holds only plain words, {@code (?:pytorch|keras)}, each at least three characters long;
   * empty for any other group (lookarounds, classes, quantifiers, escapes).
   */
  private static List<String> plainAlternatives(String group) {
    String body = group.startsWith("(?:") ? group.substring(3, group.length() - 1)
        : group.startsWith("(?") ? null : group.substring(1, group.length() - 1);
    if (body == null || !body.matches("[A-Za-z0-9_-]{" + MIN_LENGTH + ",}(?:\\|[A-Za-z0-9_-]{" + MIN_LENGTH + ",})+")) {
      return List.of();
    }
    return List.of(body.toLowerCase(Locale.ROOT).split("\\|"));
  }

  /** The index of the parenthesis closing the group opened at {@code open}, skipping escapes and character classes. */
  private static int closingParen(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = closingBracket(regex, i);
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the bracket closing the character class opened at {@code open} ({@code []]} and {@code [^]]} included). */
  private static int closingBracket(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    for (; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        int inner = closingBracket(regex, i); // Java's nested classes, [a-z[0-9]]
        if (inner < 0) {
          return -1;
        }
        i = inner;
      } else if (c == ']') {
        return i;
      }
    }
    return -1;
  }
}
