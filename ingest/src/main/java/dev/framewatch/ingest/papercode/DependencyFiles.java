package dev.framewatch.ingest.papercode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository file's frameworks, from its name and text: a pure function, so a verdict can be re-derived from the same
 * files. Dependency files declare what the code needs; {@code .py} and {@code .ipynb} files are read for their imports
 * ({@link PythonImports}), the fallback for repositories that declare nothing.
 *
 * <p>Formats: {@code requirements*.txt} (pip: comments, options, {@code -e ...#egg=}), {@code setup.py} (every string literal
 * that is a requirement, which covers {@code install_requires} and {@code extras_require}), {@code setup.cfg}
 * ({@code [options] install_requires} and {@code [options.extras_require]}), {@code pyproject.toml} ({@code [project]}
 * dependencies, {@code [project.optional-dependencies]}, {@code [dependency-groups]}, {@code [build-system] requires} and
 * Poetry's dependency tables) and conda's {@code environment.yml} (its {@code pip:} subsection too).
 */
public final class DependencyFiles {
  /** Frameworks are reported in the vocabulary's order, so a verdict reads the same whatever the files' order. */
  static final List<String> ORDER = List.of("pytorch", "tensorflow", "jax", "keras", "mxnet", "paddlepaddle", "mindspore");

  private static final Pattern REQUIREMENTS = Pattern.compile("requirements[\\w.-]*\\.txt|requires[\\w.-]*\\.txt");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\\\n]*)\"|'([^'\\\\\\n]*)'");
  private static final Pattern TOML_TABLE = Pattern.compile("^\\s*\\[\\[?\\s*([^\\]]+?)\\s*\\]\\]?\\s*(#.*)?$");
  private static final Pattern TOML_KEY = Pattern.compile("^\\s*(\"[^\"]+\"|'[^']+'|[A-Za-z0-9_.-]+)\\s*=\\s*(.*)$");
  private static final Pattern INI_SECTION = Pattern.compile("^\\s*\\[([^\\]]+)\\]\\s*$");
  private static final Pattern INI_KEY = Pattern.compile("^([A-Za-z0-9_.-]+)\\s*[=:]\\s*(.*)$");
  private static final Pattern YAML_ITEM = Pattern.compile("^\\s*-\\s+(.+?)\\s*$");

  private DependencyFiles() {}

  /** Whether a top-level file of this name declares dependencies (name compared without case). */
  public static boolean declaresDependencies(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return REQUIREMENTS.matcher(n).matches() || n.equals("setup.py") || n.equals("setup.cfg") || n.equals("pyproject.toml")
        || n.equals("environment.yml") || n.equals("environment.yaml");
  }

  /** Whether a top-level file of this name is code to read for imports when nothing declares dependencies. */
  public static boolean isCode(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".py") && !n.equals("setup.py") || n.endsWith(".ipynb");
  }

  /** The frameworks a file names, in {@link #ORDER}; empty for a file of another kind. */
  public static Set<String> frameworks(String fileName, String text) {
    String n = fileName.toLowerCase(Locale.ROOT);
    Set<String> found;
    if (REQUIREMENTS.matcher(n).matches()) {
      found = ofNames(requirementsTxt(text));
    } else if (n.equals("setup.py")) {
      found = ofNames(setupPy(text));
    } else if (n.equals("setup.cfg")) {
      found = ofNames(setupCfg(text));
    } else if (n.equals("pyproject.toml")) {
      found = ofNames(pyprojectToml(text));
    } else if (n.equals("environment.yml") || n.equals("environment.yaml")) {
      found = ofNames(environmentYml(text));
    } else if (n.endsWith(".ipynb")) {
      found = PythonImports.ofNotebook(text);
    } else if (n.endsWith(".py")) {
      found = PythonImports.ofSource(text);
    } else {
      found = Set.of();
    }
    return ordered(found);
  }

  /** The files a requirements file includes ({@code -r other.txt}, {@code --requirement=other.txt}), as written. */
  public static List<String> includes(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : text.split("\r?\n")) {
      String line = Requirement.stripComment(raw).trim();
      Matcher m = Pattern.compile("^(?:-r|--requirement)(?:\\s+|=)(\\S+)$").matcher(line);
      if (m.matches()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** Frameworks in {@link #ORDER}, any other after them. */
  static Set<String> ordered(Set<String> found) {
    Set<String> out = new LinkedHashSet<>();
    ORDER.stream().filter(found::contains).forEach(out::add);
    out.addAll(found);
    return out;
  }

  private static Set<String> ofNames(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : names) {
      PackageFrameworks.ofDistribution(name).ifPresent(out::add);
    }
    return out;
  }

  static List<String> requirementsTxt(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : joinContinuations(text).split("\r?\n")) {
      String line = raw.trim();
      if (line.startsWith("-e ") || line.startsWith("--editable")) {
        Requirement.name(line).ifPresent(out::add); // only with #egg=
        continue;
      }
      Requirement.name(Requirement.stripComment(line)).ifPresent(out::add);
    }
    return out;
  }

  private static String joinContinuations(String text) {
    return text.replaceAll("\\\\\r?\n", " ");
  }

  /** Every string literal of a {@code setup.py} that is a requirement: {@code install_requires}, {@code extras_require}. */
  static List<String> setupPy(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = STRING_LITERAL.matcher(text);
    while (m.find()) {
      String literal = m.group(1) != null ? m.group(1) : m.group(2);
      // A requirement is a name with at most a version after it; prose ("A PyTorch implementation of ...") is not.
      if (literal.isBlank() || literal.trim().contains(" ") && !literal.matches("^\\s*[\\w.-]+\\s*(\\[[^\\]]*\\])?\\s*[=<>!~;].*")) {
        continue;
      }
      Requirement.name(literal).ifPresent(out::add);
    }
    return out;
  }

  /** {@code [options] install_requires} and every key of {@code [options.extras_require]}, one requirement a line. */
  static List<String> setupCfg(String text) {
    List<String> out = new ArrayList<>();
    String section = "";
    String key = "";
    for (String raw : text.split("\r?\n")) {
      String line = Requirement.stripComment(raw.replace(";", " ;"));
      Matcher s = INI_SECTION.matcher(line);
      if (s.matches()) {
        section = s.group(1).trim().toLowerCase(Locale.ROOT);
        key = "";
        continue;
      }
      boolean continuation = !line.isEmpty() && Character.isWhitespace(line.charAt(0));
      String value;
      if (!continuation) {
        Matcher k = INI_KEY.matcher(line);
        if (!k.matches()) {
          continue;
        }
        key = k.group(1).toLowerCase(Locale.ROOT);
        value = k.group(2);
      } else {
        value = line;
      }
      boolean requirements = section.equals("options") && (key.equals("install_requires") || key.equals("setup_requires"))
          || section.equals("options.extras_require");
      if (requirements) {
        for (String part : value.split(",")) {
          Requirement.name(part.replace(" ;", ";")).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /**
   * The requirements of a {@code pyproject.toml}: the arrays of strings under {@code [project] dependencies}, every key of
   * {@code [project.optional-dependencies]} and {@code [dependency-groups]}, {@code [build-system] requires}, and the keys of
   * Poetry's {@code [tool.poetry.dependencies]}, {@code [tool.poetry.dev-dependencies]} and
   * {@code [tool.poetry.group.<name>.dependencies]}. A small reader of the TOML these tables use, not all of TOML.
   */
  static List<String> pyprojectToml(String text) {
    List<String> out = new ArrayList<>();
    String table = "";
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      Matcher t = TOML_TABLE.matcher(lines[i]);
      if (t.matches()) {
        table = t.group(1).replace("\"", "").replace("'", "").trim();
        continue;
      }
      Matcher k = TOML_KEY.matcher(lines[i]);
      if (!k.matches()) {
        continue;
      }
      String key = k.group(1).replace("\"", "").replace("'", "");
      if (isPoetryDependencies(table)) {
        if (!key.equals("python")) {
          out.add(key);
        }
        continue;
      }
      boolean arrayOfRequirements = table.equals("project") && key.equals("dependencies")
          || table.equals("project.optional-dependencies") || table.equals("dependency-groups")
          || table.equals("build-system") && key.equals("requires")
          || table.equals("project") && key.startsWith("optional-dependencies.");
      if (!arrayOfRequirements) {
        continue;
      }
      // The array may span lines; brackets inside strings ("jax[cuda]") do not close it.
      StringBuilder value = new StringBuilder(k.group(2));
      while (!closed(value) && i + 1 < lines.length) {
        value.append('\n').append(lines[++i]);
      }
      Matcher s = STRING_LITERAL.matcher(value);
      while (s.find()) {
        Requirement.name(s.group(1) != null ? s.group(1) : s.group(2)).ifPresent(out::add);
      }
    }
    return out;
  }

  private static boolean isPoetryDependencies(String table) {
    return table.equals("tool.poetry.dependencies") || table.equals("tool.poetry.dev-dependencies")
        || table.matches("tool\\.poetry\\.group\\.[^.]+\\.dependencies");
  }

  /** Whether a TOML array value has its closing bracket (outside strings and comments). */
  private static boolean closed(CharSequence value) {
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#') {
        while (i < value.length() && value.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return true;
      }
    }
    return depth == 0 && value.toString().indexOf('[') < 0;
  }

  /** Conda's list items ({@code - pytorch=1.8}, {@code - conda-forge::jax}) and those of its {@code pip:} subsection. */
  static List<String> environmentYml(String text) {
    List<String> out = new ArrayList<>();
    boolean inDependencies = false;
    for (String raw : text.split("\r?\n")) {
      String line = Requirement.stripComment(raw);
      if (line.isBlank()) {
        continue;
      }
      if (!Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
        inDependencies = line.trim().startsWith("dependencies:"); // channels: lists channels, not packages
        continue;
      }
      Matcher m = YAML_ITEM.matcher(line);
      if (inDependencies && m.matches()) {
        String item = m.group(1).replaceAll("^[\"']|[\"']$", "");
        if (!item.endsWith(":")) {
          Requirement.name(item).ifPresent(out::add);
        }
      }
    }
    return out;
  }
}
