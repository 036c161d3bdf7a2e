package dev.framewatch.index.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.core.method.FrameworkDetector;
import dev.framewatch.core.method.MethodLoader;
import dev.framewatch.core.method.MethodSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodCheckTest {
  private static final Path DIR = Path.of("/data/index");
  private static final FrameworkDetector DEFAULT = new FrameworkDetector(MethodLoader.load("default"));
  private static final FrameworkDetector HORACE = new FrameworkDetector(MethodLoader.load("horace-2019"));

  private static CommitData builtWith(String name, String version, String methods) {
    return new CommitData(Map.of(), name, version, null, methods);
  }

  @Test
  void theSameMethodsOrNoneRecordedPass() {
    MethodCheck.requireBuiltWith(DIR, CommitData.EMPTY, MethodSet.of(DEFAULT));
    MethodCheck.requireBuiltWith(DIR, builtWith("default", "0.3.0", null), MethodSet.of(DEFAULT));
    MethodCheck.requireBuiltWith(DIR, builtWith("default", "0.3.0", "default 0.3.0,horace-2019 1.0.0"),
        MethodSet.of(DEFAULT, List.of(HORACE)));
  }

  @Test
  void anotherPrimaryOrAnotherSetAsksForReindex() {
    IllegalStateException primary = assertThrows(IllegalStateException.class,
        () -> MethodCheck.requireBuiltWith(DIR, builtWith("default", "0.1.0", null), MethodSet.of(DEFAULT)));
    assertEquals("index /data/index was built with method default 0.1.0, not default 0.3.0: run `framewatch reindex` to"
        + " rebuild it with default 0.3.0", primary.getMessage());
    IllegalStateException set = assertThrows(IllegalStateException.class,
        () -> MethodCheck.requireBuiltWith(DIR, builtWith("default", "0.3.0", null), MethodSet.of(DEFAULT, List.of(HORACE))));
    assertEquals("index /data/index counts with methods default 0.3.0, not default 0.3.0,horace-2019 1.0.0 (method.default"
        + " and method.indexed): run `framewatch reindex` to rebuild it with those", set.getMessage());
  }

  @Test
  void countingNeedsAMethodTheIndexWasBuiltWith() {
    MethodCheck.requireCountsWith(builtWith("default", "0.3.0", "default 0.3.0,horace-2019 1.0.0"), HORACE.method());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> MethodCheck.requireCountsWith(CommitData.EMPTY, HORACE.method()));
    assertEquals("the index counts with methods none, not horace-2019 1.0.0: add it to method.indexed (or make it"
        + " method.default) and run `framewatch reindex`", none.getMessage());
  }
}
