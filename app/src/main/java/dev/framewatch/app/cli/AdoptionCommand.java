package dev.framewatch.app.cli;

import dev.framewatch.analytics.adoption.AdoptionFormat;
import dev.framewatch.analytics.adoption.AdoptionQuery;
import dev.framewatch.analytics.adoption.AdoptionRow;
import dev.framewatch.analytics.adoption.AdoptionService;
import dev.framewatch.analytics.adoption.AdoptionSignal;
import dev.framewatch.analytics.adoption.SignalNotAvailableException;
import dev.framewatch.analytics.share.ShareFormat;
import dev.framewatch.app.Framewatch;
import dev.framewatch.core.settings.Settings;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code framewatch adoption --signal new-repos}: what people build with each framework, per month, kept apart from the
 * mention shares. A signal this build cannot measure yet fails with exit code {@value #EXIT_NOT_AVAILABLE} and a message that
 * says so, rather than printing nothing.
 */
@Command(name = "adoption", description = "Adoption per framework per month: new GitHub repositories (new-repos), "
    + "papers by their code (paper-code), model downloads (model-downloads).")
public final class AdoptionCommand extends FramewatchCommand {
  /** A signal not available in this build: not a usage error, not a failure of the data either. */
  public static final int EXIT_NOT_AVAILABLE = 3;

  @Option(names = "--signal", required = true, paramLabel = "SIGNAL", completionCandidates = Signals.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  String signal;

  @Option(names = "--frameworks", paramLabel = "LIST", split = ",",
      description = "Only these frameworks, e.g. pytorch,tensorflow (default: all).")
  List<String> frameworks;

  @Option(names = "--from", paramLabel = "YYYY-MM", description = "First month (default: the first measured).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM", description = "Last month (default: the last measured).")
  String to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", completionCandidates = Choices.ShareFormats.class,
      description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  /** The signals, for help and completion. */
  public static final class Signals implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(AdoptionSignal.values()).map(AdoptionSignal::key).iterator();
    }
  }

  @Override
  public Integer call() {
    AdoptionSignal s = AdoptionSignal.parse(signal);
    ShareFormat.Kind kind = ShareFormat.Kind.parse(format);
    AdoptionQuery query = new AdoptionQuery(s, frameworks, AdoptionQuery.month("--from", from),
        AdoptionQuery.month("--to", to));
    Settings settings = settings();
    List<AdoptionRow> rows;
    try {
      rows = AdoptionService.over(settings.indexDir()).rows(query);
    } catch (SignalNotAvailableException e) {
      err().println("framewatch: " + e.getMessage());
      return EXIT_NOT_AVAILABLE;
    }
    out().print(AdoptionFormat.render(s, rows, kind));
    return Framewatch.EXIT_OK;
  }
}
