package dev.framewatch.core.method;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import dev.framewatch.core.vocabulary.Vocabulary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads method files: a name (shipped under {@code config/methods/}) or a path to a file of one's own. */
public final class MethodLoader {
  /** Every key a method file may hold; anything else is a typo that would silently change the counts. */
  static final java.util.Set<String> KEYS = new java.util.TreeSet<>(List.of("name", "version", "description", "multiple",
      "frameworks", "traps", "exclusions", "usage-classifier", "model-tags", "model-libraries", "model-safetensors",
      "code-evidence", "code", "paper-evidence"));

  /** The methods shipped under {@code config/methods/}. */
  public static final List<String> SHIPPED = List.of("default", "horace-2019");

  private MethodLoader() {}

  public static Method load(String nameOrPath) {
    Config c;
    Path path = Path.of(nameOrPath);
    if (nameOrPath.endsWith(".conf") || nameOrPath.endsWith(".json") || nameOrPath.contains("/")) {
      if (!Files.isRegularFile(path)) {
        throw new IllegalArgumentException("method file " + nameOrPath + ": no such file");
      }
      c = parse(nameOrPath, () -> ConfigFactory.parseFile(path.toFile(), ConfigParseOptions.defaults().setAllowMissing(false)));
    } else {
      if (!nameOrPath.matches("[a-z0-9][a-z0-9._-]*")) {
        throw new IllegalArgumentException("method '" + nameOrPath + "': not a method name or a file path");
      }
      c = parse(nameOrPath, () -> ConfigFactory.parseResources(MethodLoader.class.getClassLoader(),
          "framewatch/methods/" + nameOrPath + ".conf", ConfigParseOptions.defaults().setAllowMissing(false)));
    }
    return fromConfig(nameOrPath, c.resolve(), Vocabulary.standard());
  }

  private static Config parse(String what, java.util.function.Supplier<Config> parser) {
    try {
      return parser.get();
    } catch (ConfigException.IO e) {
      throw new IllegalArgumentException("method '" + what + "': no such method (shipped: " + String.join(", ", SHIPPED) + ")");
    } catch (ConfigException e) {
      throw new IllegalArgumentException("method '" + what + "': " + e.getMessage());
    }
  }

  static Method fromConfig(String what, Config c, Vocabulary vocabulary) {
    try {
      Map<String, List<Pattern>> frameworks =
          patternsByFramework(what, "frameworks", c.getConfig("frameworks"), vocabulary, Pattern.CASE_INSENSITIVE);
      // Code is case-sensitive ("tf.data" is code, "TF. The" is prose); a pattern may still set (?i) itself.
      Map<String, List<Pattern>> code =
          c.hasPath("code") ? patternsByFramework(what, "code", c.getConfig("code"), vocabulary, 0) : Map.of();
      for (String key : c.root().keySet()) {
        if (!KEYS.contains(key)) {
          throw new IllegalArgumentException("method '" + what + "': unknown key '" + key + "' (known: " + KEYS + ")");
        }
      }
      String usage = c.hasPath("usage-classifier") ? c.getString("usage-classifier") : "ignore";
      if (!usage.equals("ignore") && !usage.equals("decides")) {
        throw new IllegalArgumentException("method '" + what + "': usage-classifier: expected ignore or decides, got '"
            + usage + "'");
      }
      String codeEvidence = c.hasPath("code-evidence") ? c.getString("code-evidence") : "ignore";
      if (!codeEvidence.equals("ignore") && !codeEvidence.equals("counts")) {
        throw new IllegalArgumentException("method '" + what + "': code-evidence: expected ignore or counts, got '"
            + codeEvidence + "'");
      }
      if (codeEvidence.equals("counts") && code.isEmpty()) {
        throw new IllegalArgumentException("method '" + what + "': code-evidence = counts, but no code patterns (code { ... })");
      }
      return new Method(
          c.getString("name"),
          c.getString("version"),
          c.hasPath("description") ? c.getString("description") : "",
          Method.Multiple.parse(c.hasPath("multiple") ? c.getString("multiple") : "count-each"),
          frameworks,
          c.hasPath("traps") ? compileAll(what, "traps", c.getStringList("traps"), Pattern.CASE_INSENSITIVE) : List.of(),
          c.hasPath("exclusions")
              ? compileAll(what, "exclusions", c.getStringList("exclusions"), Pattern.CASE_INSENSITIVE) : List.of(),
          usage.equals("decides"),
          c.hasPath("model-tags") ? frameworkMap(what, "model-tags", c.getConfig("model-tags"), vocabulary) : Map.of(),
          c.hasPath("model-libraries")
              ? frameworkMap(what, "model-libraries", c.getConfig("model-libraries"), vocabulary) : Map.of(),
          c.hasPath("model-safetensors")
              ? frameworkMap(what, "model-safetensors", c.getConfig("model-safetensors"), vocabulary) : Map.of(),
          code,
          codeEvidence.equals("counts"),
          Method.PaperEvidence.parse(c.hasPath("paper-evidence") ? c.getString("paper-evidence") : "text"));
    } catch (ConfigException e) {
      throw new IllegalArgumentException("method '" + what + "': " + e.getMessage());
    }
  }

  /** Patterns per framework, in the vocabulary's order; a key that is not a framework of the vocabulary is an error. */
  private static Map<String, List<Pattern>> patternsByFramework(String what, String key, Config c, Vocabulary vocabulary,
      int flags) {
    Map<String, List<Pattern>> out = new LinkedHashMap<>();
    for (String id : vocabulary.frameworkIds()) {
      if (c.hasPath(id)) {
        out.put(id, compileAll(what, key + "." + id, c.getStringList(id), flags));
      }
    }
    for (String k : c.root().keySet()) {
      if (!vocabulary.isFramework(k)) {
        throw new IllegalArgumentException("method '" + what + "': " + key + "." + k
            + ": not a framework of the vocabulary " + vocabulary.frameworkIds());
      }
    }
    return out;
  }

  private static List<Pattern> compileAll(String what, String key, List<String> regexes, int flags) {
    List<Pattern> out = new ArrayList<>();
    for (String r : regexes) {
      try {
        out.add(Pattern.compile(r, flags | Pattern.UNICODE_CASE));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("method '" + what + "': " + key + ": bad pattern \"" + r + "\": "
            + e.getDescription());
      }
    }
    return out;
  }

  private static Map<String, String> frameworkMap(String what, String key, Config c, Vocabulary vocabulary) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String k : c.root().keySet()) {
      String v = c.getString("\"" + k + "\"");
      if (!vocabulary.isFramework(v)) {
        throw new IllegalArgumentException("method '" + what + "': " + key + "." + k + ": '" + v
            + "' is not a framework of the vocabulary " + vocabulary.frameworkIds());
      }
      out.put(k, v);
    }
    return out;
  }
}
