package dev.framewatch.app.cli;

import dev.framewatch.core.settings.Settings;
import java.util.Optional;
import picocli.CommandLine.Command;

/** {@code classify eval --data FILE}: scores a trained model (or, for usage, the rules) on labelled texts. */
@Command(name = "eval", description = "Score a model (--model rules: the usage rules) on a JSON-lines file of labelled texts.")
public final class ClassifyEvalCommand extends ClassifySubcommand {
  @Override
  void run(ClassifyCommand.Request request, Settings settings, ClassifierConsole console) {
    console.evaluate(request.task(), classify.data, request.rules(), Optional.ofNullable(classify.version), request.json());
  }
}
