package dev.framewatch.app.testing;

import dev.framewatch.app.Framewatch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command line in this JVM and keeps what it printed. */
public final class Cli {
  /** One command's outcome. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final Path dataDir;
  private final List<String> extra;

  public Cli(Path dataDir, String... extra) {
    this.dataDir = dataDir;
    this.extra = List.of(extra);
  }

  public Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--data-dir");
    all.add(dataDir.toString());
    all.addAll(extra);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }
}
