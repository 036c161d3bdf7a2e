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
 * once per text. A pattern's search begins at the first occurrence of the literal every match starts with, where it has one.
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
  /** What each trap starts with (indexes of literals, empty when unknown): where the search for traps may begin. */
  private final List<int[]> trapLeads = new ArrayList<>();

  /**
   * A pattern, what it requires (per requirement, the indexes of its literals, one of which must occur: see
   * {@link RequiredLiteral#requirements}) and what every match starts with (indexes of literals, empty when unknown: see
   * {@link RequiredLiteral#leading}).
   */
  private record Rule(Pattern pattern, int[][] requirements, int[] lead) {}

  TextMatcher(Method method) {
    add(EvidenceClass.NAME, method.frameworks(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    if (method.codeCounts()) {
      add(EvidenceClass.CODE, method.code(), 0); // code is case-sensitive: "TF." in prose is not tf.data
    }
    this.traps = method.traps().isEmpty() ? null : alternation(method.traps(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (Pattern trap : method.traps()) {
      trapRequirements.add(literalIds(trap));
      trapLeads.add(leadIds(trap));
    }
  }

  private void add(EvidenceClass evidence, Map<String, List<Pattern>> byFramework, int flags) {
    Map<String, List<Rule>> classRules = new LinkedHashMap<>();
    Map<String, Pattern> classCombined = new LinkedHashMap<>();
    byFramework.forEach((id, patterns) -> {
      classRules.put(id, patterns.stream().map(p -> new Rule(p, literalIds(p), leadIds(p))).toList());
      classCombined.put(id, alternation(patterns, flags));
    });
    rules.put(evidence, classRules);
    combined.put(evidence, classCombined);
  }

  private int[][] literalIds(Pattern p) {
    return RequiredLiteral.requirements(p.pattern()).stream()
        .map(anyOf -> anyOf.stream().mapToInt(this::literalId).toArray()).toArray(int[][]::new);
  }

  private int[] leadIds(Pattern p) {
    return RequiredLiteral.leading(p.pattern()).stream().mapToInt(this::literalId).toArray();
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
    // Where each literal first occurs, once asked: 0 not looked up yet, -1 absent, else the position + 1. Lower-casing can
    // change the length of some non-Latin text; then positions in it are not positions in the text, and searches start at 0.
    int[] firstAt = lower.length() == text.length() ? new int[literals.size()] : null;
    int trapFrom = mayHoldTrap(lower, seen, firstAt);
    String masked = trapFrom >= 0 ? maskTraps(text, trapFrom) : text;
    rules.forEach((evidence, byFramework) -> byFramework.forEach((id, frameworkRules) -> {
      if (!everyClass && found.containsKey(id)) {
        return;
      }
      for (Rule rule : frameworkRules) {
        // A match starts at an occurrence of the rule's leading literal: the scan of the text before the first is skipped
        // (find(from) still lets \b and lookbehinds see the characters before it).
        if (met(rule.requirements(), lower, seen) && rule.pattern().matcher(masked).find(from(rule.lead(), lower, firstAt))) {
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

  /**
   * Where the first match of a pattern starting with one of {@code lead} can start: the first occurrence of any of them in
   * the lower-cased text; 0 when that is not known (no leading literal, positions that do not line up, none found).
   */
  private int from(int[] lead, String lower, int[] firstAt) {
    if (lead.length == 0 || firstAt == null) {
      return 0;
    }
    int min = Integer.MAX_VALUE;
    for (int id : lead) {
      if (firstAt[id] == 0) {
        int at = lower.indexOf(literals.get(id));
        firstAt[id] = at < 0 ? -1 : at + 1;
      }
      if (firstAt[id] > 0) {
        min = Math.min(min, firstAt[id] - 1);
      }
    }
    return min == Integer.MAX_VALUE ? 0 : min;
  }

  /**
   * Where the search for traps may begin: -1 when no trap's requirements are met (a trap with none always may match), else
   * the earliest place a trap whose requirements are met can start.
   */
  private int mayHoldTrap(String lower, byte[] seen, int[] firstAt) {
    int from = -1;
    for (int t = 0; t < trapRequirements.size(); t++) {
      if (met(trapRequirements.get(t), lower, seen)) {
        int at = from(trapLeads.get(t), lower, firstAt);
        from = from < 0 ? at : Math.min(from, at);
      }
    }
    return from;
  }

  /** Blanks out trap phrases with spaces of the same length, so positions in the masked text are positions in the original. */
  private String maskTraps(String text) {
    return maskTraps(text, 0);
  }

  /** As {@link #maskTraps(String)}, for a text where no trap starts before {@code from}. */
  private String maskTraps(String text, int from) {
    if (traps == null) {
      return text;
    }
    Matcher m = traps.matcher(text);
    if (!m.find(from)) {
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
