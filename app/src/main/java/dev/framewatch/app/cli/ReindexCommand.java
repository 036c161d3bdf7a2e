package dev.framewatch.app.cli;

import dev.framewatch.app.Framewatch;
import dev.framewatch.app.Pipeline;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.index.indexer.IndexRun;
import dev.framewatch.index.indexer.Indexer;
import dev.framewatch.index.reindex.IndexGenerations;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;

/**
 * {@code framewatch reindex}: rebuilds the index from the compacted Kafka topics into a new generation directory, then switches
 * the index path to it atomically. The old index serves readers until the switch, and is removed after it.
 */
@Command(name = "reindex", description = "Rebuild the index from Kafka and swap it in atomically.")
public final class ReindexCommand extends FramewatchCommand {
  @Override
  public Integer call() throws Exception {
    Settings settings = settings();
    IndexGenerations generations = new IndexGenerations(settings.indexDir(), Clock.systemUTC());
    try (EmbeddedBroker.Handle kafka = KafkaAccess.open(settings); AutoCloseable lock = generations.lockCurrent()) {
      Path generation = generations.newGeneration();
      IndexRun run;
      try (Progress progress = new Progress("reindex", "records", 0, err());
          Indexer indexer = Pipeline.indexerAt(generation, settings, kafka.bootstrapServers(), progress::advanceTo,
              progress::total)) {
        run = indexer.runUntilCaughtUp();
      } catch (RuntimeException e) {
        IndexGenerations.deleteTree(generation);
        throw e;
      }
      generations.swapTo(generation);
      out().println("re" + Pipeline.describe(run) + "; " + settings.indexDir() + " now points to " + generation.getFileName());
      return Framewatch.EXIT_OK;
    }
  }
}
