package dev.framewatch.index.reindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index path ({@code <data.dir>/index}) as a symbolic link to one generation directory ({@code index-<timestamp>}), so that
 * a rebuilt index replaces the old one with a single atomic rename of the link: a reader of the path sees either the old index
 * or the new one, never a mix and never nothing.
 *
 * <p>An index made before the first reindex is a plain directory at the index path; the first swap moves it aside.
 */
public final class IndexGenerations {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC);

  private final Path link;
  private final Clock clock;

  public IndexGenerations(Path indexPath, Clock clock) {
    this.link = indexPath.toAbsolutePath().normalize();
    this.clock = clock;
  }

  /** The directory the index path names now, with links followed; empty when there is no index yet. */
  public Optional<Path> current() {
    try {
      return Files.exists(link) ? Optional.of(link.toRealPath()) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + link + ": " + e.getMessage(), e);
    }
  }

  /** A new, empty generation directory beside the index path, for a rebuild to write into. */
  public Path newGeneration() {
    Path dir = link.resolveSibling(link.getFileName() + "-" + STAMP.format(clock.instant()));
    try {
      Files.createDirectories(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Holds the write lock of the current index for the duration of a rebuild, so no indexer (say of {@code framewatch run}) keeps
   * writing into a generation that is about to be replaced.
   *
   * @throws IllegalStateException with one line when another process holds it
   */
  public AutoCloseable lockCurrent() {
    Optional<Path> current = current();
    if (current.isEmpty()) {
      return () -> { };
    }
    try {
      FSDirectory dir = FSDirectory.open(current.get());
      try {
        Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME);
        return () -> {
          lock.close();
          dir.close();
        };
      } catch (LockObtainFailedException e) {
        dir.close();
        throw new IllegalStateException("index " + link + " is in use by another framewatch process (stop `framewatch run` "
            + "or `framewatch index` first)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock index " + link + ": " + e.getMessage(), e);
    }
  }

  /**
   * Points the index path at {@code generation} atomically and deletes the generation it replaced. Returns the replaced
   * directory's path (already deleted), or empty when there was none.
   */
  public Optional<Path> swapTo(Path generation) {
    Optional<Path> previous = current();
    try {
      if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
        // An index from before the first reindex: move it aside so the path can become a link. Readers that opened it keep
        // their open files; a reader opening in this instant finds no index and says so, which is the one non-atomic moment.
        Path aside = link.resolveSibling(link.getFileName() + "-replaced-" + STAMP.format(clock.instant()));
        Files.move(link, aside, StandardCopyOption.ATOMIC_MOVE);
        previous = Optional.of(aside);
      }
      Path tmp = link.resolveSibling(link.getFileName() + ".swap");
      Files.deleteIfExists(tmp);
      Files.createSymbolicLink(tmp, link.getParent().relativize(generation.toAbsolutePath().normalize()));
      Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot switch " + link + " to " + generation + ": " + e.getMessage(), e);
    }
    previous.filter(p -> !p.equals(generation.toAbsolutePath().normalize())).ifPresent(IndexGenerations::deleteTree);
    return previous;
  }

  /** Removes a directory tree, e.g. a generation that a failed rebuild left behind; nothing when it does not exist. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }
}
