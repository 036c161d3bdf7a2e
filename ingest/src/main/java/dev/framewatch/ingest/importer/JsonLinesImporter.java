package dev.framewatch.ingest.importer;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.ingest.kafka.RecordSink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Imports a JSON-lines file of records of one kind (the {@code framewatch import KIND FILE} command): each valid line is
 * published, each invalid one goes to dead-letter with its line number and reason, and the import goes on.
 *
 * <p>The file is streamed line by line, so its size is bounded by the disk, not the heap.
 */
public final class JsonLinesImporter {
  /** Problem lines kept in the result; a file of 100k bad lines must not turn into 100k lines of output. */
  public static final int MAX_PROBLEMS = 1_000;
  /** How often, in lines, progress is reported (and once more at the end). */
  public static final int PROGRESS_EVERY = 10_000;

  private final RecordSink sink;
  private final Clock clock;

  public JsonLinesImporter(RecordSink sink, Clock clock) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public JsonLinesImporter(RecordSink sink) {
    this(sink, Clock.systemUTC());
  }

  /**
   * Imports {@code file}, then flushes the sink so that a returned result means Kafka has everything.
   *
   * @param progressLines receives the number of lines read so far, every {@link #PROGRESS_EVERY} lines and at the end
   * @throws ImportException when the file is missing, unreadable or not UTF-8 (what was read before stays published: records
   *     are keyed by id, so importing the fixed file again overwrites rather than duplicates)
   */
  public ImportResult importFile(Path file, Kind kind, LongConsumer progressLines) {
    Objects.requireNonNull(kind, "kind");
    LongConsumer progress = progressLines == null ? n -> { } : progressLines;
    long lines = 0;
    long imported = 0;
    long rejected = 0;
    List<String> problems = new ArrayList<>();
    try (BufferedReader reader = open(file)) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines++;
        if (lines == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // a byte-order mark some editors write; not part of the JSON
        }
        if (!line.isBlank()) {
          try {
            EvidenceRecord record = RecordCodec.decode(line, kind);
            sink.publish(record);
            imported++;
          } catch (InvalidRecordException e) {
            rejected++;
            if (problems.size() < MAX_PROBLEMS) {
              problems.add(file + ":" + lines + ": " + e.getMessage());
            }
            sink.deadLetter(new DeadLetter("import:" + file + ":" + lines, e.getMessage(), line,
                Map.of("kind", kind.wireName(), "file", file.toString(), "line", Long.toString(lines)), clock.instant()));
          }
        }
        if (lines % PROGRESS_EVERY == 0) {
          progress.accept(lines);
        }
      }
    } catch (CharacterCodingException e) {
      sink.flush();
      throw new ImportException(file + ":" + (lines + 1) + ": not valid UTF-8 text", e);
    } catch (IOException e) {
      sink.flush();
      throw new ImportException("cannot read import file " + file + ": " + e, e);
    }
    sink.flush();
    progress.accept(lines);
    return new ImportResult(lines, imported, rejected, problems);
  }

  /** A reader that fails on malformed UTF-8 instead of silently replacing it. */
  private static BufferedReader open(Path file) {
    if (!Files.exists(file)) {
      throw new ImportException("import file " + file + " does not exist", new NoSuchFileException(file.toString()));
    }
    if (!Files.isRegularFile(file)) {
      throw new ImportException("import file " + file + " is not a regular file", null);
    }
    try {
      return new BufferedReader(new InputStreamReader(Files.newInputStream(file),
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
    } catch (IOException e) {
      throw new ImportException("cannot read import file " + file + ": " + e, e);
    }
  }
}
