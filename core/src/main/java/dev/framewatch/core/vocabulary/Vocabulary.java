package dev.framewatch.core.vocabulary;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The framework vocabulary and the normalization of venues and domains ({@code config/vocabulary.conf}). Keyword values are
 * normalized here once, at index time, so "NIPS" and "NeurIPS" are one venue everywhere.
 */
public record Vocabulary(
    List<FrameworkName> frameworks,
    Map<String, String> venueAliases,
    Map<String, String> venueDomains,
    Map<String, String> pipelineDomains) {

  /** One framework: the id used in the index and in output, and its display name. */
  public record FrameworkName(String id, String name) {}

  private static final Vocabulary DEFAULT = load();

  public Vocabulary {
    frameworks = List.copyOf(frameworks);
    venueAliases = Map.copyOf(venueAliases);
    venueDomains = Map.copyOf(venueDomains);
    pipelineDomains = Map.copyOf(pipelineDomains);
  }

  public static Vocabulary standard() {
    return DEFAULT;
  }

  private static Vocabulary load() {
    Config c = ConfigFactory.parseResources(Vocabulary.class.getClassLoader(), "framewatch/vocabulary.conf").resolve();
    List<FrameworkName> frameworks = c.getConfigList("frameworks").stream()
        .map(f -> new FrameworkName(f.getString("id"), f.getString("name"))).toList();
    return new Vocabulary(frameworks, flat(c.getConfig("venue-aliases")), flat(c.getConfig("venue-domains")),
        flat(c.getConfig("pipeline-domains")));
  }

  private static Map<String, String> flat(Config c) {
    Map<String, String> out = new LinkedHashMap<>();
    // Keys may contain spaces or dots only when quoted; entrySet gives them back as paths, so unquote.
    c.entrySet().forEach(e -> out.put(unquote(e.getKey()), String.valueOf(e.getValue().unwrapped())));
    return out;
  }

  private static String unquote(String path) {
    return path.startsWith("\"") && path.endsWith("\"") ? path.substring(1, path.length() - 1) : path;
  }

  /** Compiled once: normalizeVenue runs for every paper indexed, and String.replaceAll/split compile their pattern per call. */
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[ \\-_/]");

  /** The canonical venue id: known aliases map to one id, anything else is lower-cased and trimmed. */
  public String normalizeVenue(String venue) {
    if (venue == null || venue.isBlank()) {
      return null;
    }
    String v = WHITESPACE.matcher(venue.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    String alias = venueAliases.get(v);
    if (alias != null) {
      return alias;
    }
    // "CVPR 2019", "NeurIPS 2021 Datasets and Benchmarks": the leading word names the venue when it is a known one.
    String first = WORD_BREAK.split(v, 2)[0];
    return venueAliases.getOrDefault(first, v);
  }

  /** The domain a single-domain venue implies. */
  public Optional<String> domainOfVenue(String canonicalVenue) {
    return Optional.ofNullable(canonicalVenue == null ? null : venueDomains.get(canonicalVenue));
  }

  /** The domain a Hugging Face pipeline tag implies. */
  public Optional<String> domainOfPipeline(String pipelineTag) {
    return Optional.ofNullable(pipelineTag == null ? null : pipelineDomains.get(pipelineTag));
  }

  public List<String> frameworkIds() {
    return frameworks.stream().map(FrameworkName::id).toList();
  }

  public boolean isFramework(String id) {
    return frameworks.stream().anyMatch(f -> f.id().equals(id));
  }
}
