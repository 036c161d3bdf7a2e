package dev.framewatch.analytics.adoption;

import dev.framewatch.index.IndexDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;

/**
 * A signal counted from the evidence index itself each time it is asked, not measured by a crawl: papers by the framework
 * their code declares ({@link PaperCodeSignal}), models' downloads ({@link ModelDownloadsSignal}). An index that does not
 * exist yet has no rows.
 */
final class EvidenceIndexSource implements AdoptionSource {
  /** The signal's rows from an open index: frameworks empty for all, months inclusive, null for open ends. */
  interface Counting {
    List<SignalRow> rows(IndexReader reader, List<String> frameworks, YearMonth from, YearMonth to);
  }

  private final Path indexDir;
  private final Counting counting;

  EvidenceIndexSource(Path indexDir, Counting counting) {
    this.indexDir = indexDir;
    this.counting = counting;
  }

  static AdoptionSource paperCode(Path indexDir) {
    PaperCodeSignal signal = new PaperCodeSignal();
    return new EvidenceIndexSource(indexDir, signal::rows);
  }

  static AdoptionSource modelDownloads(Path indexDir) {
    ModelDownloadsSignal signal = new ModelDownloadsSignal();
    // The index's primary method attributes each model to its frameworks, as share's counts do.
    return new EvidenceIndexSource(indexDir, (reader, frameworks, from, to) -> signal.rows(reader, null, frameworks, from, to));
  }

  @Override
  public List<AdoptionRow> rows(AdoptionQuery query) {
    if (!IndexDirectory.exists(indexDir)) {
      return List.of();
    }
    try (DirectoryReader reader = IndexDirectory.openReader(indexDir)) {
      return counting.rows(reader, query.frameworks(), query.from(), query.to()).stream()
          .map(r -> new AdoptionRow(r.month(), r.framework(), r.value(), false))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index at " + indexDir + ": " + e.getMessage(), e);
    }
  }
}
