package dev.framewatch.core.method;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Job;
import dev.framewatch.core.record.Labels;
import dev.framewatch.core.record.Model;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.Repo;
import dev.framewatch.core.record.Stars;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
  private final TextMatcher text;
  /** Every framework with patterns, names' frameworks first: the order {@link #named} reports them in. */
  private final List<String> order;

  public FrameworkDetector(Method method) {
    this.method = method;
    this.text = new TextMatcher(method);
    Set<String> ids = new LinkedHashSet<>(method.frameworks().keySet());
    ids.addAll(method.code().keySet());
    this.order = List.copyOf(ids);
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
    if (record instanceof Paper p) {
      Optional<List<String>> code = codeVerdict(p);
      if (code.isPresent()) {
        return ordered(new LinkedHashSet<>(code.get()));
      }
    }
    return ordered(record instanceof Model m ? hubSignals(m) : text.scan(text(record), false).keySet());
  }

  /**
   * The paper's code verdict when the method's {@code paper-evidence} says it decides: under {@code code} always (no verdict:
   * nothing), under {@code code-else-text} only when it names a framework; empty when the text decides. Frameworks the method
   * has no patterns for are left out (horace-2019 counts PyTorch and TensorFlow only).
   */
  Optional<List<String>> codeVerdict(Paper p) {
    Method.PaperEvidence by = method.paperEvidence();
    if (by == Method.PaperEvidence.TEXT) {
      return Optional.empty();
    }
    List<String> known = p.frameworkCode().orElse(List.of()).stream().filter(order::contains).toList();
    if (by == Method.PaperEvidence.CODE || !known.isEmpty()) {
      return Optional.of(known);
    }
    return Optional.empty();
  }

  /**
   * Every framework the record names, each with every class of evidence that names it ({@link EvidenceClass#HUB} for models,
   * {@link EvidenceClass#NAME} and, where the method's code evidence counts, {@link EvidenceClass#CODE} for text), in the
   * method's order. Looks for every class even when one already matched, so it costs more than {@link #named}.
   */
  public Map<String, Set<EvidenceClass>> evidenceClasses(EvidenceRecord record) {
    Map<String, EnumSet<EvidenceClass>> found = new LinkedHashMap<>();
    if (record instanceof Model m) {
      hubSignals(m).forEach(f -> found.put(f, EnumSet.of(EvidenceClass.HUB)));
    } else {
      found.putAll(text.scan(text(record), true));
    }
    Map<String, Set<EvidenceClass>> out = new LinkedHashMap<>();
    for (String id : ordered(found.keySet())) {
      out.put(id, Collections.unmodifiableSet(EnumSet.copyOf(found.get(id))));
    }
    return Collections.unmodifiableMap(out);
  }

  /** The frameworks a model's hub signals give; explicit, so they win and text is not consulted. */
  private Set<String> hubSignals(Model m) {
    Set<String> found = new LinkedHashSet<>();
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
    return found;
  }

  /** The frameworks in the method's order; frameworks only the tag maps know come after the rest. */
  private List<String> ordered(Set<String> frameworks) {
    Set<String> found = new LinkedHashSet<>(frameworks);
    List<String> out = new ArrayList<>();
    for (String id : order) {
      if (found.remove(id)) {
        out.add(id);
      }
    }
    out.addAll(found);
    return List.copyOf(out);
  }

  /** Frameworks named in free text (by any class of evidence the method counts), traps removed first, in the method's order. */
  public Set<String> matchText(String text) {
    return new LinkedHashSet<>(ordered(this.text.scan(text, false).keySet()));
  }

  /**
   * Why a record counts for {@code framework}: the passage of its text that names it (with {@code context} characters either
   * side; a name is preferred, a passage of code is marked {@code code: }), or the hub signal for models. Empty when the
   * record does not name it.
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
    if (record instanceof Paper p) {
      Optional<List<String>> code = codeVerdict(p);
      if (code.isPresent()) {
        // The code decided: its repository is the evidence, not a passage of the text.
        JsonNode repo = p.extra().get("code_repo");
        JsonNode basis = p.extra().get("framework_code_basis");
        return code.get().contains(framework)
            ? Optional.of("code repository: " + (repo == null ? p.links().getOrDefault("code", "?") : repo.asText())
                + (basis == null ? "" : " (" + basis.asText() + ")"))
            : Optional.empty();
      }
    }
    String text = text(record);
    Optional<TextMatcher.Passage> passage = this.text.first(text, framework);
    if (passage.isEmpty()) {
      return Optional.empty();
    }
    int from = Math.max(0, passage.get().start() - context);
    int to = Math.min(text.length(), passage.get().end() + context);
    String snippet = text.substring(from, to).replaceAll("\\s+", " ").trim();
    // Code is marked as such: "code: …import torch…" reads differently from a sentence that names the framework.
    String prefix = passage.get().evidence() == EvidenceClass.CODE ? "code: " : "";
    return Optional.of(prefix + (from > 0 ? "…" : "") + snippet + (to < text.length() ? "…" : ""));
  }

  /** The text a record is judged by. */
  static String text(EvidenceRecord record) {
    StringBuilder sb;
    if (record instanceof Paper p) {
      // Sized up front: a paper's full text can be hundreds of kilobytes, and growing the buffer copies it again each time.
      sb = new StringBuilder(length(p.title()) + length(p.abstractText()) + length(p.text()) + 3);
    } else {
      sb = new StringBuilder();
    }
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

  private static int length(String s) {
    return s == null ? 0 : s.length();
  }

  private static void append(StringBuilder sb, String s) {
    if (s != null && !s.isEmpty()) {
      sb.append(s).append('\n');
    }
  }
}
