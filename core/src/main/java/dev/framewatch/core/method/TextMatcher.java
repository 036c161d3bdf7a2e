package dev.framewatch.core.method;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the frameworks a free text names, by evidence class: a method's name synonyms and, when its code evidence counts, its
 * code patterns, both run on the text with the traps blanked out. Each pattern, and the masking of traps, runs only when its
 * required literals occur in the lower-cased text (see {@link RequiredLiteral}); each distinct literal is looked up at most
 * once per text.
 */
final class TextMatcher {
  /** Per evidence class (in the order they are tried), per framework, its rules. */
  private final Map<EvidenceClass, Map<String, List<Rule>>> rules = new LinkedHashMap<>();
  /** Per evidence class and framework, one alternation of its patterns: the first passage, for evidence snippets. */
  private final Map<EvidenceClass, Map<String, Pattern>> combined = new LinkedHashMap<>();
  /** Every distinct literal of the rules and traps; they refer to their literals by index. */
  private final List<String> literals = new ArrayList<>();
  private final Pattern traps;
  /** What each trap requires; when no trap's requirements are met, no trap can match and there is nothing to mask. */
  private final List<int[][]> trapRequirements = new ArrayList<>();

  /**
   * A pattern and what it requires: per requirement, the indexes of its literals, one of which must occur (see
   * {@link RequiredLiteral#requirements}).
   */
  private record Rule(Pattern pattern, int[][] requirements) {}

  TextMatcher(Method method) {
    add(EvidenceClass.NAME, method.frameworks(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    if (method.codeCounts()) {
      add(EvidenceClass.CODE, method.code(), 0); // code is case-sensitive: "TF." in prose is not tf.data
    }
    this.traps = method.traps().isEmpty() ? null : alternation(method.traps(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (Pattern trap : method.traps()) {
      trapRequirements.add(literalIds(trap));
    }
  }

  private void add(EvidenceClass evidence, Map<String, List<Pattern>> byFramework, int flags) {
    Map<String, List<Rule>> classRules = new LinkedHashMap<>();
    Map<String, Pattern> classCombined = new LinkedHashMap<>();
    byFramework.forEach((id, patterns) -> {
      classRules.put(id, patterns.stream().map(p -> new Rule(p, literalIds(p))).toList());
      classCombined.put(id, alternation(patterns, flags));
    });
    rules.put(evidence, classRules);
    combined.put(evidence, classCombined);
  }

  private int[][] literalIds(Pattern p) {
    return RequiredLiteral.requirements(p.pattern()).stream()
        .map(anyOf -> anyOf.stream().mapToInt(this::literalId).toArray()).toArray(int[][]::new);
  }

  private int literalId(String literal) {
    int at = literals.indexOf(literal);
    if (at < 0) {
      literals.add(literal);
      at = literals.size() - 1;
    }
    return at;
  }

  private static Pattern alternation(List<Pattern> patterns, int flags) {
    StringBuilder sb = new StringBuilder();
    for (Pattern p : patterns) {
      sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
    }
    return Pattern.compile(sb.toString(), flags);
  }

  /**
   * The frameworks the text names, each with the evidence classes found. With {@code everyClass} false, a framework already
   * found by one class is not looked for by the next (what counting needs, and cheaper).
   */
  Map<String, EnumSet<EvidenceClass>> scan(String text, boolean everyClass) {
    Map<String, EnumSet<EvidenceClass>> found = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    String lower = text.toLowerCase(Locale.ROOT); // for the literal checks only; matching runs on the original text
    byte[] seen = new byte[literals.size()]; // 0 not looked up yet, 1 present, 2 absent
    String cleaned = mayHoldTrap(lower, seen) ? maskTraps(text) : text;
    rules.forEach((evidence, byFramework) -> byFramework.forEach((id, frameworkRules) -> {
      if (!everyClass && found.containsKey(id)) {
        return;
      }
      for (Rule rule : frameworkRules) {
        if (met(rule.requirements(), lower, seen) && rule.pattern().matcher(cleaned).find()) {
          found.computeIfAbsent(id, k -> EnumSet.noneOf(EvidenceClass.class)).add(evidence);
          break;
        }
      }
    }));
    return found;
  }

  /** Whether the text meets every requirement: one of each requirement's literals occurs in it. */
  private boolean met(int[][] requirements, String lower, byte[] seen) {
    for (int[] anyOf : requirements) {
      boolean found = false;
      for (int id : anyOf) {
        if (seen[id] == 0) {
          seen[id] = lower.contains(literals.get(id)) ? (byte) 1 : (byte) 2;
        }
        if (seen[id] == 1) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** A passage naming the framework: the first name match, else the first code match (with its class). */
  Optional<Passage> first(String text, String framework) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String cleaned = maskTraps(text);
    for (Map.Entry<EvidenceClass, Map<String, Pattern>> e : combined.entrySet()) {
      Pattern p = e.getValue().get(framework);
      if (p == null) {
        continue;
      }
      Matcher m = p.matcher(cleaned);
      if (m.find()) {
        return Optional.of(new Passage(e.getKey(), m.start(), m.end()));
      }
    }
    return Optional.empty();
  }

  /** Where in the text a framework is named, and how. */
  record Passage(EvidenceClass evidence, int start, int end) {}

  /** Whether some trap's requirements are met (a trap with none always may match). */
  private boolean mayHoldTrap(String lower, byte[] seen) {
    for (int[][] requirements : trapRequirements) {
      if (met(requirements, lower, seen)) {
        return true;
      }
    }
    return false;
  }

  /** Blanks out trap phrases with spaces of the same length, so positions in the masked text are positions in the original. */
  private String maskTraps(String text) {
    if (traps == null) {
      return text;
    }
    Matcher m = traps.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text);
    do {
      for (int i = m.start(); i < m.end(); i++) {
        sb.setCharAt(i, ' ');
      }
    } while (m.find());
    return sb.toString();
  }
}
