package dev.framewatch.core.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueFactory;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds {@link Settings} from layers, later ones winning: the embedded defaults ({@code config/framewatch.conf}), an optional
 * profile such as {@code demo.conf}, the {@code --config} file, {@code --data-dir}, then each {@code --set key=value}.
 */
public final class SettingsLoader {
  private static final String DEFAULTS = "framewatch/framewatch.conf";

  private final List<String> profiles = new ArrayList<>();
  private Path configFile;
  private Path dataDir;
  private final Map<String, String> overrides = new LinkedHashMap<>();
  private final List<Consumer<SettingsProblems>> checks = new ArrayList<>();

  public SettingsLoader profile(String classpathName) {
    profiles.add(classpathName);
    return this;
  }

  public SettingsLoader configFile(Path file) {
    this.configFile = file;
    return this;
  }

  public SettingsLoader dataDir(Path dir) {
    this.dataDir = dir;
    return this;
  }

  /** Adds one {@code key=value}; the value is taken as text and converted to the key's type when read. */
  public SettingsLoader set(String key, String value) {
    overrides.put(key, value);
    return this;
  }

  /** Adds {@code key=value} pairs as given on the command line; a pair without '=' is a usage error. */
  public SettingsLoader setAll(List<String> pairs) {
    List<String> problems = new ArrayList<>();
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        problems.add("--set '" + pair + "': expected key=value");
      } else {
        set(pair.substring(0, eq).trim(), pair.substring(eq + 1));
      }
    }
    if (!problems.isEmpty()) {
      throw new SettingsException(problems);
    }
    return this;
  }

  /**
   * Adds a check of keys core does not own, such as a source's under {@code sources.<name>}; it runs after core's own at
   * {@link #load()}, and its problems are reported with theirs.
   */
  public SettingsLoader check(Consumer<SettingsProblems> check) {
    checks.add(check);
    return this;
  }

  /** Loads, resolves and validates; every problem found is reported at once. */
  public Settings load() {
    Config defaults = ConfigFactory.parseResources(SettingsLoader.class.getClassLoader(), DEFAULTS,
        ConfigParseOptions.defaults().setAllowMissing(false));
    Config merged = defaults;
    List<String> problems = new ArrayList<>();
    for (String profile : profiles) {
      merged = ConfigFactory.parseResources(SettingsLoader.class.getClassLoader(), "framewatch/" + profile,
          ConfigParseOptions.defaults().setAllowMissing(false)).withFallback(merged);
    }
    if (configFile != null) {
      if (!Files.isRegularFile(configFile)) {
        throw new SettingsException(List.of("--config " + configFile + ": no such file"));
      }
      try {
        ConfigParseOptions opts = ConfigParseOptions.defaults().setAllowMissing(false);
        if (configFile.toString().endsWith(".yaml") || configFile.toString().endsWith(".yml")) {
          // HOCON is a superset of JSON and reads simple YAML-style "key: value" files as well.
          opts = opts.setSyntax(ConfigSyntax.CONF);
        }
        merged = ConfigFactory.parseFile(configFile.toFile(), opts).withFallback(merged);
      } catch (ConfigException e) {
        throw new SettingsException(List.of("--config " + configFile + ": " + e.getMessage()));
      }
    }
    if (dataDir != null) {
      merged = merged.withValue("data.dir", ConfigValueFactory.fromAnyRef(dataDir.toString()));
    }
    // Types of the defaults, read from a resolved copy: a key whose default is an optional substitution
    // (token = ${?GITHUB_TOKEN}) has no type until resolved.
    Config typed = overrides.isEmpty() ? defaults : defaults.resolve(ConfigResolveOptions.defaults().setAllowUnresolved(true));
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      String key = e.getKey();
      if (!isPath(key)) {
        problems.add("--set " + key + ": not a valid configuration key");
        continue;
      }
      try {
        merged = merged.withValue(key, valueFor(typed, key, e.getValue()));
      } catch (ConfigException bad) {
        problems.add("--set " + key + "=" + e.getValue() + ": not a list (write a,b or [a, b]): " + bad.getMessage());
      }
    }
    Config resolved;
    try {
      resolved = merged.resolve(ConfigResolveOptions.defaults().setAllowUnresolved(false));
    } catch (ConfigException e) {
      throw new SettingsException(List.of("configuration: " + e.getMessage()));
    }
    problems.addAll(unknownKeys(defaults, resolved));
    if (!problems.isEmpty()) {
      throw new SettingsException(problems);
    }
    Settings settings = new Settings(resolved);
    settings.validate(checks);
    return settings;
  }

  private static boolean isPath(String key) {
    return key.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
  }

  /**
   * Lists given as text on the command line are split on commas, as {@code --set sources.github.repos=a/b,c/d}, or read as
   * HOCON when bracketed, as in a config file: {@code --set 'sources.github.repos=["a/b", c/d]'}.
   */
  private static ConfigValue valueFor(Config defaults, String key, String text) {
    if (defaults.hasPathOrNull(key) && defaults.getValue(key).valueType() == ConfigValueType.LIST) {
      String trimmed = text.trim();
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        return ConfigFactory.parseString("list = " + trimmed, ConfigParseOptions.defaults().setOriginDescription("--set"))
            .getList("list");
      }
      List<String> items = text.isBlank() ? List.of()
          : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
      return ConfigValueFactory.fromIterable(items);
    }
    return ConfigValueFactory.fromAnyRef(text);
  }

  private static List<String> unknownKeys(Config defaults, Config resolved) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, ConfigValue> e : resolved.entrySet()) {
      String key = e.getKey();
      if (!defaults.hasPathOrNull(key)) {
        String where = e.getValue().origin() == null ? null : e.getValue().origin().description();
        String origin = where == null ? "" : " (" + ("hardcoded value".equals(where) ? "from --set" : where) + ")";
        problems.add(key + ": unknown configuration key" + origin);
      }
    }
    problems.sort(null);
    return problems;
  }
}
