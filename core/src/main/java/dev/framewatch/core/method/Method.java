package dev.framewatch.core.method;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a document counts (DESIGN.md "Methods"), read from a method file, never written in code.
 *
 * @param frameworks patterns per framework id, in the vocabulary's order
 * @param traps patterns removed from the text before matching (things that look like a framework and are not)
 * @param modelTags Hugging Face tag to framework id
 * @param modelLibraries Hugging Face {@code library_name} to framework id, for libraries bound to one framework
 */
public record Method(
    String name,
    String version,
    String description,
    Multiple multiple,
    Map<String, List<Pattern>> frameworks,
    List<Pattern> traps,
    Map<String, String> modelTags,
    Map<String, String> modelLibraries) {

  /** What a document naming several frameworks counts for. */
  public enum Multiple {
    /** One count for each framework named. */
    COUNT_EACH,
    /** Nothing: the document is left out of the counts (as Horace He's 2019 study did with papers naming both). */
    COUNT_NONE;

    static Multiple parse(String value) {
      return switch (value) {
        case "count-each" -> COUNT_EACH;
        case "count-none" -> COUNT_NONE;
        default -> throw new IllegalArgumentException("multiple: expected count-each or count-none, got '" + value + "'");
      };
    }
  }

  public Method {
    frameworks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frameworks));
    traps = List.copyOf(traps);
    modelTags = Map.copyOf(modelTags);
    modelLibraries = Map.copyOf(modelLibraries);
  }

  /** "name version", as stamped on every number. */
  public String label() {
    return name + " " + version;
  }
}
