package dev.framewatch.app.cli;

import dev.framewatch.app.Framewatch;
import dev.framewatch.core.settings.Settings;
import picocli.CommandLine.ParentCommand;

/** One action of {@code classify}: checks the inherited options, then runs with the settings and the console. */
abstract class ClassifySubcommand extends FramewatchCommand {
  /** Holds the options: they are inherited, so picocli sets them there wherever on the line they stand. */
  @ParentCommand ClassifyCommand classify;

  abstract void run(ClassifyCommand.Request request, Settings settings, ClassifierConsole console);

  @Override
  public final Integer call() {
    ClassifyCommand.Request request = classify.request(spec.name()); // train, eval or apply: some checks depend on it
    Settings settings = classify.withDevice(settings());
    run(request, settings, new ClassifierConsole(settings, out(), err()));
    return Framewatch.EXIT_OK;
  }
}
