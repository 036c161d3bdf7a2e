package dev.framewatch.app.cli;

import dev.framewatch.analytics.classify.ClassifierTraining;
import dev.framewatch.analytics.classify.ClassifyTask;
import dev.framewatch.core.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * {@code framewatch classify train|eval|apply}: the domain classifier and the usage-vs-mention classifier (hashed bag of words
 * vs MiniLM embeddings, each with a head trained by DJL). Train from weak labels the index carries, or from a JSON-lines file;
 * evaluate on a file; apply to the indexed documents (for domains, those the rules give none), publishing labels to Kafka.
 *
 * <p>The options are inherited by the three subcommands, so they are taken before or after the action's name, by every action,
 * as when the action was a parameter; this class checks them the same way for all three.
 */
@Command(name = "classify", description = "Train, apply or evaluate the DJL classifiers (domain; usage vs mention).",
    subcommands = {ClassifyTrainCommand.class, ClassifyEvalCommand.class, ClassifyApplyCommand.class})
public final class ClassifyCommand extends FramewatchCommand {
  /** Only here to answer a wrong or missing action with the messages it always had; a right one is a subcommand. */
  @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", hidden = true)
  String unknownAction;

  @Option(names = "--task", defaultValue = "domain", scope = ScopeType.INHERIT,
      description = "domain (default) or usage (use vs mention of a framework).")
  String taskName;

  @Option(names = "--model", scope = ScopeType.INHERIT,
      description = "train: bow, nb, lr, minilm, bge, minilm+bow, bge+bow, a comma list of them, all, or both (default: bow "
          + "and minilm); keeps the one with the higher held-out macro-F1; "
          + "eval --task usage: rules scores the rules baseline instead of the trained model.")
  String model;

  @Option(names = "--data", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "JSON lines {\"text\": ..., \"label\": ...}: train on it instead of the index's weak labels; eval on it.")
  Path data;

  @Option(names = "--test", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "train: JSON lines to score the candidates on instead of the --holdout part (a later-year split).")
  Path test;

  @Option(names = "--format", defaultValue = "table", scope = ScopeType.INHERIT, completionCandidates = Choices.TableOrJson.class,
      description = "eval output, one of: ${COMPLETION-CANDIDATES}.")
  String format;

  @Option(names = "--device", scope = ScopeType.INHERIT,
      description = "auto, cpu or gpu (default: setting classify.device).")
  String device;

  @Option(names = "--holdout", defaultValue = "20", paramLabel = "PERCENT", scope = ScopeType.INHERIT,
      description = "train: percent of examples held out to compare and score the models (default 20).")
  int holdout;

  @Option(names = "--version", scope = ScopeType.INHERIT,
      description = "eval/apply: the model version to use (default: the newest).")
  String version;

  @Option(names = "--all", scope = ScopeType.INHERIT,
      description = "apply: label every paper, job and model, also those whose venue or tag gives a domain.")
  boolean all;

  /** The options as one action reads them, checked. */
  record Request(ClassifyTask task, List<String> kinds, boolean rules, boolean json) {}

  @Override
  public Integer call() {
    if (unknownAction == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'ACTION'");
    }
    throw new IllegalArgumentException("classify: unknown action " + unknownAction + " (expected train, apply or eval)");
  }

  /** Checks the options for {@code action}, in the order (and with the messages) the command always used. */
  Request request(String action) {
    ClassifyTask task = ClassifyTask.parse(taskName);
    if (!List.of("table", "json").contains(format)) {
      throw new IllegalArgumentException("classify: unknown format " + format + " (expected table or json)");
    }
    if (action.equals("eval") && data == null) {
      throw new IllegalArgumentException("classify eval needs --data FILE (JSON lines with text and label)");
    }
    boolean rules = "rules".equals(model);
    if (rules && !(action.equals("eval") && task == ClassifyTask.USAGE)) {
      throw new IllegalArgumentException("classify: --model rules is the usage baseline, for eval --task usage only");
    }
    List<String> kinds = switch (model == null ? "both" : model) {
      case "both", "rules" -> List.of("bow", "minilm");
      case "all" -> ClassifierTraining.KINDS;
      default -> kindList(model);
    };
    return new Request(task, kinds, rules, format.equals("json"));
  }

  /** One kind ({@code bge+bow}) or a comma list of them ({@code nb,lr,bge+bow}), each one of {@link ClassifierTraining#KINDS}. */
  private static List<String> kindList(String model) {
    List<String> kinds = List.of(model.split(",", -1));
    for (String k : kinds) {
      if (!ClassifierTraining.KINDS.contains(k)) {
        throw new IllegalArgumentException("classify: unknown model " + k + " (expected a comma list of "
            + String.join(", ", ClassifierTraining.KINDS) + ", or both or all)");
      }
    }
    return kinds.stream().distinct().toList();
  }

  /** {@code settings} with {@code --device} over {@code classify.device}, validated. */
  Settings withDevice(Settings settings) {
    Settings s = device == null ? settings : settings.with("classify.device", device);
    s.validate();
    return s;
  }
}
