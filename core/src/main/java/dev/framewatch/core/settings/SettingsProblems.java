package dev.framewatch.core.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The problems a check of the configuration finds, one {@code key: what is wrong} each, in the order found. Core checks its own
 * keys; a source checks the keys under {@code sources.<name>} through {@link #under}, and its problems still name the full key.
 * A key missing or of the wrong type is a problem too, written the same way whoever checks it ({@code expected a number, got
 * "eighty"}).
 */
public final class SettingsProblems {
  private final Config config;
  private final String prefix;
  private final List<String> problems;

  SettingsProblems(Config config) {
    this(config, "", new ArrayList<>());
  }

  private SettingsProblems(Config config, String prefix, List<String> problems) {
    this.config = config;
    this.prefix = prefix;
    this.problems = problems;
  }

  /** The keys under {@code path} (e.g. {@code sources.huggingface}), checked by their relative names. */
  public SettingsProblems under(String path) {
    return new SettingsProblems(config.getConfig(path), prefix + path + ".", problems);
  }

  /** What the checks read: the whole configuration, or the part {@link #under} names. */
  public Config config() {
    return config;
  }

  /**
   * Adds {@code key: problem} when {@code rule} names one (null: none), or when the rule fails to read the key.
   *
   * @param key relative to {@link #under}'s path
   */
  public void check(String key, Supplier<String> rule) {
    try {
      String problem = rule.get();
      if (problem != null) {
        problems.add(prefix + key + ": " + problem);
      }
    } catch (ConfigException.WrongType e) {
      problems.add(prefix + key + ": " + wrongType(e, key));
    } catch (ConfigException e) {
      problems.add(prefix + key + ": " + e.getMessage());
    }
  }

  List<String> list() {
    return List.copyOf(problems);
  }

  private String wrongType(ConfigException.WrongType e, String key) {
    String m = e.getMessage();
    int i = m.indexOf("rather than ");
    String expected = i >= 0 ? m.substring(i + "rather than ".length()).toLowerCase(Locale.ROOT) : "another type";
    Object given = config.hasPath(key) ? config.getValue(key).unwrapped() : null;
    return "expected a " + expected + ", got \"" + given + "\"";
  }
}
