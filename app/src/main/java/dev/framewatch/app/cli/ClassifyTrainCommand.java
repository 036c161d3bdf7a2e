package dev.framewatch.app.cli;

import dev.framewatch.core.settings.Settings;
import picocli.CommandLine.Command;

/** {@code classify train}: trains the task's models, keeps the better one on held-out examples, prints how they scored. */
@Command(name = "train", description = "Train on a JSON-lines file or the index's weak labels; keep the better model.")
public final class ClassifyTrainCommand extends ClassifySubcommand {
  @Override
  void run(ClassifyCommand.Request request, Settings settings, ClassifierConsole console) {
    console.train(request.task(), request.kinds(), classify.data, classify.holdout, classify.test);
  }
}
