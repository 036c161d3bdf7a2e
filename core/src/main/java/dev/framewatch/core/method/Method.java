package dev.framewatch.core.method;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a document counts (DESIGN.md "Methods"), read from a method file, never written in code.
 *
 * @param frameworks patterns per framework id, in the vocabulary's order
 * @param traps patterns removed from the text before matching (things that look like a framework and are not)
 * @param exclusions patterns that take a document out of the counts altogether when they occur in its affiliations, e-mail
 *     addresses or text (Horace He's 2019 study left out papers from Google and Facebook, the frameworks' owners)
 * @param usageDecides when true, a framework the usage classifier labelled "mention" (not "use") does not count
 * @param modelTags Hugging Face tag to framework id
 * @param modelLibraries Hugging Face {@code library_name} to framework id, for libraries bound to one framework
 * @param modelSafetensors Hugging Face {@code library_name} to the framework its {@code safetensors} weights are for, used only
 *     when a model carries {@code safetensors} and no framework tag (recent hub uploads): transformers writes safetensors from
 *     PyTorch state dicts, so such a model is PyTorch's
 * @param code patterns per framework for code that only runs with it ({@code import torch}, {@code tf.data}), matched
 *     case-sensitively on the text with the traps blanked out: a separate evidence class from the names
 * @param codeCounts whether the {@code code} patterns count ({@code code-evidence = counts}); when false they are not run
 * @param paperEvidence what a paper is judged by: its text (the default), the frameworks its code repository's own files name
 *     ({@code framework_code}, see {@link dev.framewatch.core.record.Paper#frameworkCode()}), or its code where that names a
 *     framework and its text otherwise
 */
public record Method(
    String name,
    String version,
    String description,
    Multiple multiple,
    Map<String, List<Pattern>> frameworks,
    List<Pattern> traps,
    List<Pattern> exclusions,
    boolean usageDecides,
    Map<String, String> modelTags,
    Map<String, String> modelLibraries,
    Map<String, String> modelSafetensors,
    Map<String, List<Pattern>> code,
    boolean codeCounts,
    PaperEvidence paperEvidence) {

  /** What a document naming several frameworks counts for. */
  public enum Multiple {
    /** One count for each framework named. */
    COUNT_EACH,
    /** Nothing: the document is left out of the counts (as Horace He's 2019 study did with papers naming both). */
    COUNT_NONE,
    /** 1/n to each of the n frameworks named, so every document weighs one in the shares. */
    FRACTIONAL;

    static Multiple parse(String value) {
      return switch (value) {
        case "count-each" -> COUNT_EACH;
        case "count-none" -> COUNT_NONE;
        case "fractional" -> FRACTIONAL;
        default -> throw new IllegalArgumentException(
            "multiple: expected count-each, count-none or fractional, got '" + value + "'");
      };
    }

    /** The name used in method files and in output. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** What papers are judged by ({@code paper-evidence} in a method file). */
  public enum PaperEvidence {
    /** Title, abstract and full text: what the paper says. */
    TEXT,
    /** Only {@code framework_code}: a paper without a judged code repository counts for nothing. */
    CODE,
    /** {@code framework_code} where it names a framework; the text for papers without code, or whose code names none. */
    CODE_ELSE_TEXT;

    static PaperEvidence parse(String value) {
      return switch (value) {
        case "text" -> TEXT;
        case "code" -> CODE;
        case "code-else-text" -> CODE_ELSE_TEXT;
        default -> throw new IllegalArgumentException(
            "paper-evidence: expected text, code or code-else-text, got '" + value + "'");
      };
    }

    /** The name used in method files and in output. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** A method as written before {@code paper-evidence} existed: papers judged by their text. */
  public Method(String name, String version, String description, Multiple multiple, Map<String, List<Pattern>> frameworks,
      List<Pattern> traps, List<Pattern> exclusions, boolean usageDecides, Map<String, String> modelTags,
      Map<String, String> modelLibraries, Map<String, String> modelSafetensors, Map<String, List<Pattern>> code,
      boolean codeCounts) {
    this(name, version, description, multiple, frameworks, traps, exclusions, usageDecides, modelTags, modelLibraries,
        modelSafetensors, code, codeCounts, PaperEvidence.TEXT);
  }

  public Method {
    java.util.Objects.requireNonNull(paperEvidence, "paperEvidence");
    frameworks = Collections.unmodifiableMap(new LinkedHashMap<>(frameworks));
    traps = List.copyOf(traps);
    exclusions = List.copyOf(exclusions);
    modelTags = Map.copyOf(modelTags);
    modelLibraries = Map.copyOf(modelLibraries);
    modelSafetensors = Map.copyOf(modelSafetensors);
    code = Collections.unmodifiableMap(new LinkedHashMap<>(code));
  }

  /** A copy with another version (tests, and a method file edited in place). */
  public Method withVersion(String newVersion) {
    return new Method(name, newVersion, description, multiple, frameworks, traps, exclusions, usageDecides, modelTags,
        modelLibraries, modelSafetensors, code, codeCounts, paperEvidence);
  }

  /** "name version", as stamped on every number. */
  public String label() {
    return name + " " + version;
  }
}
