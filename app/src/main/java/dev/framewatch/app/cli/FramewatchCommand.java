package dev.framewatch.app.cli;

import dev.framewatch.app.Framewatch;
import dev.framewatch.ingest.crawl.Sources;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.core.settings.SettingsLoader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Base of every subcommand: the global options and settings loading. */
public abstract class FramewatchCommand implements Callable<Integer> {
  @Mixin GlobalOptions local = new GlobalOptions();

  /** {@link Framewatch}, or for a subcommand's own subcommand ({@code classify train}) that subcommand. */
  @ParentCommand Object parent;

  @Spec CommandSpec spec;

  protected GlobalOptions options() {
    if (parent instanceof FramewatchCommand command) {
      return local.over(command.options());
    }
    return parent instanceof Framewatch root ? local.over(root.global()) : local;
  }

  /** Profiles (classpath config files such as demo.conf) layered under the user's own config. */
  protected String[] profiles() {
    return new String[0];
  }

  protected Settings settings() {
    GlobalOptions o = options();
    SettingsLoader loader = new SettingsLoader();
    Sources.checks().forEach(loader::check);
    for (String p : profiles()) {
      loader.profile(p);
    }
    if (o.config != null) {
      loader.configFile(o.config);
    }
    if (o.dataDir != null) {
      loader.dataDir(o.dataDir);
    }
    loader.setAll(o.sets);
    return loader.load();
  }

  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
