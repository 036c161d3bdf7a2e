package dev.framewatch.app.cli;

import dev.framewatch.app.Framewatch;
import dev.framewatch.app.Pipeline;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.index.indexer.IndexRun;
import dev.framewatch.index.indexer.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code framewatch index}: Kafka into Lucene, exactly once (offsets live in the Lucene commit). */
@Command(name = "index", description = "Consume the record topics into the Lucene index.")
public final class IndexCommand extends FramewatchCommand {
  @Option(names = "--until-caught-up", description = "Stop once every record present at start is indexed.")
  boolean untilCaughtUp;

  @Override
  public Integer call() throws Exception {
    Settings settings = settings();
    try (ShutdownSignal signal = ShutdownSignal.install();
        EmbeddedBroker.Handle kafka = KafkaAccess.open(settings);
        Progress progress = new Progress("index", "records", 0, err());
        Indexer indexer = Pipeline.indexerAt(settings.indexDir(), settings, kafka.bootstrapServers(), progress::advanceTo,
            progress::total)) {
      IndexRun run = untilCaughtUp ? indexer.runUntilCaughtUp() : indexer.runUntil(signal::requested);
      progress.close();
      out().println(Pipeline.describe(run));
      return Framewatch.EXIT_OK;
    }
  }
}
