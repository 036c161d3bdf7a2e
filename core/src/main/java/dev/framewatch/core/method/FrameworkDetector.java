package dev.framewatch.core.method;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.Repo;
import dev.framewatch.core.record.Stars;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies a {@link Method}'s rules to one record: which frameworks it names and which it counts for. A pure function of the
 * record and the method, so the same inputs always give the same counts.
 */
public final class FrameworkDetector {
  private final Method method;
  /** One alternation per framework, for evidence: the first passage naming it. */
  private final Map<String, Pattern> combined = new java.util.LinkedHashMap<>();
  /** Per framework, each synonym's pattern with the literal that must occur for it to match (null: always run it). */
  private final Map<String, List<Rule>> rules = new java.util.LinkedHashMap<>();
  private final Pattern traps;
  /** Literals of the traps; when none occurs (and every trap has one), there is nothing to mask. */
  private final List<String> trapLiterals;

  private record Rule(Pattern pattern, String literal) {}

  public FrameworkDetector(Method method) {
    this.method = method;
    method.frameworks().forEach((id, patterns) -> {
      combined.put(id, alternation(patterns));
      rules.put(id, patterns.stream().map(p -> new Rule(p, RequiredLiteral.of(p.pattern()).orElse(null))).toList());
    });
    this.traps = method.traps().isEmpty() ? null : alternation(method.traps());
    List<String> literals = new ArrayList<>();
    for (Pattern trap : method.traps()) {
      literals.add(RequiredLiteral.of(trap.pattern()).orElse(null));
    }
    this.trapLiterals = literals.contains(null) ? null : List.copyOf(literals);
  }

  private static Pattern alternation(List<Pattern> patterns) {
    StringBuilder sb = new StringBuilder();
    for (Pattern p : patterns) {
      sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
    }
    return Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public Method method() {
    return method;
  }

  /** The frameworks the record counts for, in the method's order (empty when it names none, or several under count-none). */
  public List<String> counted(EvidenceRecord record) {
    return detect(record, null).counted();
  }

  /**
   * What a record counts for under this method, given its classifier labels (null when it has none).
   *
   * <ol>
   *   <li>an exclusion pattern in its affiliations, e-mail addresses or text takes it out of the counts altogether;
   *   <li>under {@code usage-classifier = decides}, frameworks the usage label calls a mere mention are dropped;
   *   <li>several frameworks left: counted each (also under fractional, where the counter weighs each 1/n) or none.
   * </ol>
   */
  public Detection detect(EvidenceRecord record, Labels labels) {
    List<String> named = named(record);
    if (!method.exclusions().isEmpty()) {
      String text = exclusionText(record);
      for (Pattern p : method.exclusions()) {
        java.util.regex.Matcher m = p.matcher(text);
        if (m.find()) {
          return new Detection(named, List.of(), m.group());
        }
      }
    }
    List<String> used = named;
    if (method.usageDecides() && labels != null && !named.isEmpty()) {
      Set<String> mentions = mentionsOnly(labels);
      if (!mentions.isEmpty()) {
        used = named.stream().filter(f -> !mentions.contains(f)).toList();
      }
    }
    if (used.size() > 1 && method.multiple() == Method.Multiple.COUNT_NONE) {
      return new Detection(named, List.of(), null);
    }
    return new Detection(named, used, null);
  }

  /**
   * The outcome of {@link #detect}.
   *
   * @param named every framework the record names
   * @param counted the frameworks it counts for
   * @param exclusion the passage that excluded it, or null when it is not excluded
   */
  public record Detection(List<String> named, List<String> counted, String exclusion) {
    public Detection {
      named = List.copyOf(named);
      counted = List.copyOf(counted);
    }

    public boolean excluded() {
      return exclusion != null;
    }
  }

  /**
   * Frameworks the {@code usage} label says are only mentioned. Its value lists each framework with its verdict,
   * {@code pytorch:use,tensorflow:mention}; a framework it does not list keeps counting (no verdict is not a "mention").
   */
  static Set<String> mentionsOnly(Labels labels) {
    Labels.Label usage = labels.byTask().get("usage");
    Set<String> out = new LinkedHashSet<>();
    if (usage == null) {
      return out;
    }
    for (String part : usage.value().split(",")) {
      int colon = part.indexOf(':');
      if (colon > 0 && part.substring(colon + 1).trim().equalsIgnoreCase("mention")) {
        out.add(part.substring(0, colon).trim().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Where exclusion patterns look: affiliations and e-mail addresses (as {@code @domain}) first, then the text. */
  static String exclusionText(EvidenceRecord record) {
    StringBuilder sb = new StringBuilder();
    if (record instanceof Paper p) {
      p.affiliations().forEach(a -> append(sb, a));
      // Crawled e-mails are sometimes bare domains ("google.com"): give them the "@" an address pattern expects.
      p.emails().forEach(e -> append(sb, e.indexOf('@') >= 0 ? e : "@" + e));
    } else if (record instanceof Job j) {
      append(sb, j.company());
    }
    sb.append(text(record));
    return sb.toString();
  }

  /** Every framework the record names, in the method's order. */
  public List<String> named(EvidenceRecord record) {
    Set<String> found = new LinkedHashSet<>();
    if (record instanceof Model m) {
      // The hub's own signals are explicit: they win, and text is not consulted.
      for (String tag : m.tags()) {
        String fw = method.modelTags().get(tag.toLowerCase(Locale.ROOT));
        if (fw != null) {
          found.add(fw);
        }
      }
      String library = m.libraryName() == null ? null : m.libraryName().toLowerCase(Locale.ROOT);
      if (library != null) {
        String fw = method.modelLibraries().get(library);
        if (fw != null) {
          found.add(fw);
        }
      }
      if (found.isEmpty() && library != null && m.tags().stream().anyMatch(t -> t.equalsIgnoreCase("safetensors"))) {
        String fw = method.modelSafetensors().get(library); // weights with no framework tag: the library's backend
        if (fw != null) {
          found.add(fw);
        }
      }
    } else {
      found.addAll(matchText(text(record)));
    }
    List<String> ordered = new ArrayList<>();
    for (String id : method.frameworks().keySet()) {
      if (found.remove(id)) {
        ordered.add(id);
      }
    }
    ordered.addAll(found); // frameworks only the tag maps know, after the rest
    return List.copyOf(ordered);
  }

  /** Frameworks named in free text, traps removed first. */
  public Set<String> matchText(String text) {
    Set<String> found = new LinkedHashSet<>();
    if (text == null || text.isEmpty()) {
      return found;
    }
    String lower = text.toLowerCase(Locale.ROOT); // for the literal checks only; matching runs on the original text
    String cleaned = mayHoldTrap(lower) ? maskTraps(text) : text;
    for (Map.Entry<String, List<Rule>> e : rules.entrySet()) {
      for (Rule rule : e.getValue()) {
        if ((rule.literal() == null || lower.contains(rule.literal())) && rule.pattern().matcher(cleaned).find()) {
          found.add(e.getKey());
          break;
        }
      }
    }
    return found;
  }

  /**
   * Why a record counts for {@code framework}: the passage of its text that names it (with {@code context} characters either
   * side), or the hub signal for models. Empty when the record does not name it.
   */
  public Optional<String> evidence(EvidenceRecord record, String framework, int context) {
    if (record instanceof Model m) {
      for (String tag : m.tags()) {
        if (framework.equals(method.modelTags().get(tag.toLowerCase(Locale.ROOT)))) {
          return Optional.of("tag: " + tag);
        }
      }
      if (m.libraryName() != null && framework.equals(method.modelLibraries().get(m.libraryName().toLowerCase(Locale.ROOT)))) {
        return Optional.of("library_name: " + m.libraryName());
      }
      if (m.libraryName() != null
          && framework.equals(method.modelSafetensors().get(m.libraryName().toLowerCase(Locale.ROOT)))) {
        return Optional.of("safetensors weights of " + m.libraryName());
      }
      return Optional.empty();
    }
    Pattern p = combined.get(framework);
    String text = text(record);
    if (p == null || text.isEmpty()) {
      return Optional.empty();
    }
    java.util.regex.Matcher m = p.matcher(maskTraps(text));
    if (!m.find()) {
      return Optional.empty();
    }
    int from = Math.max(0, m.start() - context);
    int to = Math.min(text.length(), m.end() + context);
    String snippet = text.substring(from, to).replaceAll("\\s+", " ").trim();
    return Optional.of((from > 0 ? "…" : "") + snippet + (to < text.length() ? "…" : ""));
  }

  private boolean mayHoldTrap(String lower) {
    if (traps == null) {
      return false;
    }
    if (trapLiterals == null) {
      return true;
    }
    for (String literal : trapLiterals) {
      if (lower.contains(literal)) {
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
    java.util.regex.Matcher m = traps.matcher(text);
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

  /** The text a record is judged by. */
  static String text(EvidenceRecord record) {
    StringBuilder sb = new StringBuilder();
    if (record instanceof Paper p) {
      append(sb, p.title());
      append(sb, p.abstractText());
      append(sb, p.text());
    } else if (record instanceof Job j) {
      append(sb, j.title());
      append(sb, j.text());
    } else if (record instanceof Repo r) {
      append(sb, r.fullName().replace('/', ' '));
      r.topics().forEach(t -> append(sb, t));
      if (r.extra().get("description") != null) {
        append(sb, r.extra().get("description").asText());
      }
    } else if (record instanceof Stars s) {
      append(sb, s.repo().replace('/', ' '));
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, String s) {
    if (s != null && !s.isEmpty()) {
      sb.append(s).append('\n');
    }
  }
}
