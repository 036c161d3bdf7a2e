package dev.framewatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.framewatch.app.Framewatch;
import dev.framewatch.app.testing.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code classify train|eval|apply} as subcommands parse as the single command with an ACTION parameter did: the options
 * before or after the action, the same usage errors (exit 2, one line), and {@code apply} checks the index before it starts a
 * broker. The runs themselves are in {@code ClassifyIT}.
 */
class ClassifyCommandTest {
  @TempDir Path dir;

  private Cli.Result run(String... args) {
    return new Cli(dir.resolve("data")).run(args);
  }

  private static void assertUsageError(String err, Cli.Result r) {
    assertEquals(2, r.exitCode(), r.toString());
    assertEquals("", r.out(), r.toString());
    assertEquals("framewatch: " + err + "\n", r.err());
  }

  @Test
  void aMissingOrUnknownActionIsAUsageError() {
    assertUsageError("Missing required parameter: 'ACTION'", run("classify"));
    assertUsageError("classify: unknown action guess (expected train, apply or eval)", run("classify", "guess"));
    assertUsageError("Unmatched argument at index 2: 'extra'", run("classify", "train", "extra"));
  }

  @Test
  void optionsAreCheckedTheSameBeforeOrAfterTheAction() {
    assertUsageError("unknown task robots (expected domain or usage)", run("classify", "train", "--task", "robots"));
    assertUsageError("unknown task robots (expected domain or usage)", run("classify", "--task", "robots", "apply"));
    assertUsageError("classify: unknown format csv (expected table or json)", run("classify", "train", "--format", "csv"));
    assertUsageError("classify eval needs --data FILE (JSON lines with text and label)", run("classify", "eval"));
    assertUsageError("classify: --model rules is the usage baseline, for eval --task usage only",
        run("classify", "--model", "rules", "train", "--task", "usage"));
    assertUsageError("classify: unknown model xx (expected a comma list of bow, nb, lr, minilm, bge, minilm+bow, bge+bow, "
        + "or both or all)", run("classify", "train", "--model", "xx"));
    assertUsageError("Invalid value for option '--holdout': 'abc' is not an int", run("classify", "train", "--holdout", "abc"));
    assertUsageError("classify.device: must be auto, cpu or gpu", run("classify", "--device", "tpu", "train"));
    Path missing = dir.resolve("missing.jsonl");
    assertUsageError(missing + ": no such file", run("classify", "--data", missing.toString(), "eval"));
    assertUsageError(missing + ": no such file", run("classify", "train", "--task", "usage", "--data", missing.toString()));
  }

  @Test
  void applyWithoutAnIndexSaysSoWithoutStartingABroker() {
    Path data = dir.resolve("data");
    assertUsageError("classify apply: no index at " + data.resolve("index") + ": run `framewatch index` first",
        run("classify", "apply", "--task", "usage"));
    assertFalse(Files.exists(data.resolve("kafka")), "no broker for a command that cannot run");
  }

  @Test
  void theDataDirBeforeTheActionIsTaken() {
    Path other = dir.resolve("other");
    // Cli puts --data-dir last (on the action); here it stands on classify, before the action, and is still taken.
    StringWriter err = new StringWriter();
    int code = Framewatch.execute(new String[] {"classify", "--data-dir", other.toString(), "apply"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(2, code, err.toString());
    assertEquals("framewatch: classify apply: no index at " + other.resolve("index") + ": run `framewatch index` first\n",
        err.toString());
  }

  @Test
  void everySubcommandAnswersHelp() {
    Cli.Result classify = run("classify", "--help");
    assertEquals(0, classify.exitCode(), classify.toString());
    assertTrue(classify.out().startsWith("Usage: framewatch classify [-hv] "), classify.out());
    Cli.Result train = run("classify", "train", "-h");
    assertEquals(0, train.exitCode(), train.toString());
    assertTrue(train.out().startsWith("Usage: framewatch classify train [-hv] "), train.out());
    assertEquals("", train.err());
  }

  @Test
  void helpListsTheThreeActions() {
    Cli.Result r = run("help", "classify");
    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(r.out().startsWith("Usage: framewatch classify "), r.out());
    assertTrue(r.out().contains("Commands:\n  train  ") && r.out().contains("\n  eval   ") && r.out().contains("\n  apply  "),
        r.out());
  }

  @Test
  void trainComparesTheWordCandidatesOnALaterFileAndSaysWhereAndHowFastTheyRan() throws Exception {
    Path train = dir.resolve("train.jsonl");
    Path later = dir.resolve("later.jsonl");
    java.util.List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      lines.add("{\"text\":\"segmentation of camera pixels " + i + "\",\"label\":\"vision\"}");
      lines.add("{\"text\":\"translation of a sentence with grammar " + i + "\",\"label\":\"language\"}");
    }
    Files.write(train, lines);
    Files.write(later, java.util.List.of("{\"text\":\"pixels of a camera\",\"label\":\"vision\"}",
        "{\"text\":\"grammar of a sentence\",\"label\":\"language\"}"));
    Cli.Result r = run("classify", "train", "--model", "lr,bow", "--data", train.toString(), "--test", later.toString(),
        "--device", "cpu");
    assertEquals(0, r.exitCode(), r.toString());
    assertTrue(r.out().contains("device: cpu (classify.device=cpu)\nengines: heads trained by PyTorch (DJL) on cpu\n"),
        r.out());
    assertTrue(r.out().contains("\nlr: held-out macro-F1 1.0000 (2 examples), trained in "), r.out());
    assertTrue(r.out().contains(" docs/s on cpu (plain Java)\n"), r.out());
    assertTrue(r.out().contains("\nkept lr (held-out macro-F1 1.0000): "), r.out());
    assertUsageError("classify: unknown model gpt (expected a comma list of bow, nb, lr, minilm, bge, minilm+bow, bge+bow, "
        + "or both or all)", run("classify", "train", "--model", "lr,gpt"));
  }
}
