package dev.framewatch.ingest.importer;

import dev.framewatch.core.record.DeadLetter;
import dev.framewatch.core.record.InvalidRecordException;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.ingest.kafka.RecordSink;
import dev.framewatch.ingest.kafka.RecordTooLargeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
 * published, each invalid one goes to dead-letter with its line number and reason, and the import goes on. A record over the
 * sink's size limit is such a line too ({@code record is N bytes, over the M-byte limit}).
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
   * @throws ImportException when the file is missing or cannot be read (what was read before stays published: records are
   *     keyed by id, so importing the file again overwrites rather than duplicates). A line that is not valid UTF-8 is a
   *     rejected line like any other.
   */
  public ImportResult importFile(Path file, Kind kind, LongConsumer progressLines) {
    Objects.requireNonNull(kind, "kind");
    LongConsumer progress = progressLines == null ? n -> { } : progressLines;
    long lines = 0;
    long imported = 0;
    long rejected = 0;
    List<String> problems = new ArrayList<>();
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (ByteLines reader = open(file)) {
      byte[] bytes;
      while ((bytes = reader.next()) != null) {
        lines++;
        int offset = 0;
        if (lines == 1 && reader.length() >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
          offset = 3; // a byte-order mark some editors write; not part of the JSON
        }
        String line;
        String problem = null;
        try {
          line = utf8.decode(ByteBuffer.wrap(bytes, offset, reader.length() - offset)).toString();
        } catch (CharacterCodingException e) {
          line = new String(bytes, offset, reader.length() - offset, StandardCharsets.UTF_8);
          problem = "not valid UTF-8 text";
        }
        if (problem == null && !line.isBlank()) {
          try {
            sink.publish(RecordCodec.decode(line, kind));
            imported++;
          } catch (InvalidRecordException | RecordTooLargeException e) {
            problem = e.getMessage();
          }
        }
        if (problem != null) {
          rejected++;
          if (problems.size() < MAX_PROBLEMS) {
            problems.add(file + ":" + lines + ": " + problem);
          }
          sink.deadLetter(new DeadLetter("import:" + file + ":" + lines, problem, line,
              Map.of("kind", kind.wireName(), "file", file.toString(), "line", Long.toString(lines)), clock.instant()));
        }
        if (lines % PROGRESS_EVERY == 0) {
          progress.accept(lines);
        }
      }
    } catch (IOException e) {
      sink.flush();
      throw new ImportException("cannot read import file " + file + " (after line " + lines + "): " + e, e);
    }
    sink.flush();
    progress.accept(lines);
    return new ImportResult(lines, imported, rejected, problems);
  }

  private static ByteLines open(Path file) {
    if (!Files.exists(file)) {
      throw new ImportException("import file " + file + " does not exist", new NoSuchFileException(file.toString()));
    }
    if (!Files.isRegularFile(file)) {
      throw new ImportException("import file " + file + " is not a regular file", null);
    }
    try {
      return new ByteLines(Files.newInputStream(file));
    } catch (IOException e) {
      throw new ImportException("cannot read import file " + file + ": " + e, e);
    }
  }
}
