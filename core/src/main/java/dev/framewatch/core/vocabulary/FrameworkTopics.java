package dev.framewatch.core.vocabulary;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GitHub topics of each framework ({@code github-topics} in {@code config/vocabulary.conf}), in vocabulary order: what the
 * new-repositories signal searches for. A framework without the key has its id as its one topic.
 */
public final class FrameworkTopics {
  private static final Map<String, List<String>> STANDARD = load();

  private FrameworkTopics() {}

  /** Framework id to its topics, in the vocabulary's order. */
  public static Map<String, List<String>> standard() {
    return STANDARD;
  }

  private static Map<String, List<String>> load() {
    Config c = ConfigFactory.parseResources(FrameworkTopics.class.getClassLoader(), "framewatch/vocabulary.conf").resolve();
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Config f : c.getConfigList("frameworks")) {
      String id = f.getString("id");
      out.put(id, f.hasPath("github-topics") ? List.copyOf(f.getStringList("github-topics")) : List.of(id));
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
