package dev.framewatch.app.cli;

import dev.framewatch.app.Framewatch;
import dev.framewatch.app.kafka.EmbeddedBroker;
import dev.framewatch.app.kafka.KafkaAccess;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.settings.Settings;
import dev.framewatch.ingest.importer.ImportResult;
import dev.framewatch.ingest.importer.JsonLinesImporter;
import dev.framewatch.ingest.kafka.KafkaRecordSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code framewatch import KIND FILE}: JSON lines into Kafka; bad lines are named and dead-lettered, good ones still load. */
@Command(name = "import", description = "Import a JSON-lines file of records of KIND into Kafka.")
public final class ImportCommand extends FramewatchCommand {
  @Parameters(index = "0", paramLabel = "KIND", description = "paper, job, repo, model or stars")
  String kind;

  @Parameters(index = "1", paramLabel = "FILE", description = "JSON lines, one record per line")
  Path file;

  @Override
  public Integer call() throws Exception {
    Kind k = Kind.parse(kind);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("import: " + file + ": no such file");
    }
    Settings settings = settings();
    long size = Files.size(file);
    try (EmbeddedBroker.Handle kafka = KafkaAccess.open(settings);
        KafkaRecordSink sink = KafkaRecordSink.create(kafka.bootstrapServers(), KafkaAccess.topics(settings), "framewatch-import",
            KafkaAccess.recordLimit(settings, kafka.bootstrapServers()));
        Progress progress = new Progress("import", "lines", LineCount.of(file), err())) {
      ImportResult result = new JsonLinesImporter(sink).importFile(file, k, progress::advanceTo);
      progress.close();
      for (String problem : result.problems()) {
        err().println(problem);
      }
      if (result.rejected() > result.problems().size()) {
        err().printf(Locale.ROOT, "... and %,d more rejected lines (all are in the dead-letter topic)%n",
            result.rejected() - result.problems().size());
      }
      out().printf(Locale.ROOT, "imported %,d %s records from %s (%,d lines, %,d rejected and sent to dead-letter, %,d bytes)%n",
          result.imported(), k, file, result.lines(), result.rejected(), size);
      return Framewatch.EXIT_OK;
    }
  }
}
