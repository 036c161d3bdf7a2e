package dev.framewatch.index.schema;

import dev.framewatch.core.method.Method;
import dev.framewatch.core.method.MethodSet;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether an index was built with the methods asked of it, read from its commit user data. Counts are only comparable under
 * the method that made them, so a mismatch is refused with the fix ({@code reindex}) rather than counted on a wrong field.
 */
public final class MethodCheck {
  private MethodCheck() {}

  /**
   * The indexer's check before it resumes an index: the primary method and the whole set must be those the index was built
   * with. An index without a recorded method (new, or older than methods) passes.
   *
   * @throws IllegalStateException naming both and asking for {@code framewatch reindex}
   */
  public static void requireBuiltWith(Path indexDir, CommitData last, MethodSet methods) {
    if (last.methodName() == null) {
      return;
    }
    Method method = methods.primary().method();
    if (!last.methodName().equals(method.name()) || !Objects.equals(last.methodVersion(), method.version())) {
      throw new IllegalStateException("index " + indexDir + " was built with method " + last.methodName() + " "
          + last.methodVersion() + ", not " + method.label() + ": run `framewatch reindex` to rebuild it with "
          + method.label());
    }
    String built = last.methods() == null ? last.methodName() + " " + last.methodVersion() : last.methods();
    if (!built.equals(methods.labels())) {
      throw new IllegalStateException("index " + indexDir + " counts with methods " + built + ", not " + methods.labels()
          + " (method.default and method.indexed): run `framewatch reindex` to rebuild it with those");
    }
  }

  /**
   * The counter's check: {@code method} must be one the index counts with (its primary or one of {@code method.indexed}), in
   * the same version.
   *
   * @throws IllegalArgumentException naming the index's methods and how to add this one
   */
  public static void requireCountsWith(CommitData commit, Method method) {
    Map<String, String> indexed = commit.methodVersions();
    String version = indexed.get(method.name());
    if (version == null || !version.equals(method.version())) {
      String have = indexed.isEmpty() ? "none" : indexed.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
      throw new IllegalArgumentException("the index counts with methods " + have + ", not " + method.label()
          + ": add it to method.indexed (or make it method.default) and run `framewatch reindex`");
    }
  }
}
