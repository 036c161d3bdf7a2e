package dev.framewatch.core.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The methods an index is built with: the primary one (its frameworks fill the {@code framework} field that {@code --where}
 * and drill-downs see) and others counted alongside it, so that {@code share --method horace-2019} answers from the same
 * index without a rebuild. Detection costs a few microseconds per document per method (the literal prefilter), so indexing
 * several is cheap compared with rebuilding the index to switch.
 */
public final class MethodSet {
  private final FrameworkDetector primary;
  private final Map<String, FrameworkDetector> byName = new LinkedHashMap<>();

  private MethodSet(FrameworkDetector primary, List<FrameworkDetector> others) {
    this.primary = primary;
    byName.put(primary.method().name(), primary);
    for (FrameworkDetector d : others) {
      if (byName.putIfAbsent(d.method().name(), d) != null && d != primary) {
        if (!d.method().name().equals(primary.method().name())) {
          throw new IllegalArgumentException("method " + d.method().name() + " is listed twice");
        }
      }
    }
  }

  public static MethodSet of(FrameworkDetector primary) {
    return new MethodSet(primary, List.of());
  }

  public static MethodSet of(FrameworkDetector primary, List<FrameworkDetector> others) {
    return new MethodSet(primary, others);
  }

  /** Loads the primary method and the others by name or path; the primary is not loaded twice when also listed. */
  public static MethodSet load(String primary, List<String> others) {
    FrameworkDetector p = new FrameworkDetector(MethodLoader.load(primary));
    List<FrameworkDetector> rest = new ArrayList<>();
    for (String name : others) {
      if (!name.equals(primary)) {
        FrameworkDetector d = new FrameworkDetector(MethodLoader.load(name));
        if (!d.method().name().equals(p.method().name())) {
          rest.add(d);
        }
      }
    }
    return new MethodSet(p, rest);
  }

  public FrameworkDetector primary() {
    return primary;
  }

  /** Every method, the primary first. */
  public List<FrameworkDetector> all() {
    return List.copyOf(byName.values());
  }

  public Optional<FrameworkDetector> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** {@code default 0.3.0,horace-2019 1.0.0}: what the index's commit records, the primary first. */
  public String labels() {
    return String.join(",", byName.values().stream().map(d -> d.method().label()).toList());
  }
}
