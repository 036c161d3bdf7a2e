package dev.framewatch.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import dev.framewatch.core.settings.DataDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The last crawl of each source, as {@code /api/sources} shows it: one small JSON file per source under
 * {@code <data.dir>/crawls/}, written by whoever crawls (the application, after each crawl) and read here. The file is replaced
 * whole (written beside it, then moved), so a reader never sees half of one.
 *
 * @param error null when the crawl completed; else why it stopped (its figures are then zero)
 */
public record CrawlLog(String source, Instant finishedAt, int pagesFetched, long newRecords, int notModified, int failedPages,
    long deadLetters, String error) {

  public static void write(Path dataDir, CrawlLog entry) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("source", entry.source());
    o.put("finished_at", entry.finishedAt().toString());
    o.put("pages_fetched", entry.pagesFetched());
    o.put("new_records", entry.newRecords());
    o.put("not_modified", entry.notModified());
    o.put("failed_pages", entry.failedPages());
    o.put("dead_letters", entry.deadLetters());
    o.put("error", entry.error());
    try {
      Path dir = Files.createDirectories(DataDir.at(dataDir).crawls());
      Path tmp = dir.resolve("." + entry.source() + ".json.tmp");
      Files.writeString(tmp, o.toString() + "\n");
      Files.move(tmp, dir.resolve(entry.source() + ".json"), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the crawl of " + entry.source() + ": " + e.getMessage(), e);
    }
  }

  /** Every source's last crawl, by source name; an unreadable file is skipped (the API shows what it can). */
  public static List<JsonNode> read(Path dataDir) {
    Path dir = DataDir.at(dataDir).crawls();
    List<JsonNode> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("[a-z0-9-]+\\.json")).sorted().toList()) {
        try {
          out.add(Json.mapper().readTree(f.toFile()));
        } catch (IOException e) {
          // a file being replaced or damaged: leave that source out rather than fail the whole answer
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }
}
