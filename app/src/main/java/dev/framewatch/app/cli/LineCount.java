package dev.framewatch.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a file as the JSON-lines importer counts them (each {@code \n} ends one; a last line without one counts too): the
 * total of {@code import}'s progress. One read ahead of the import costs seconds on a gigabyte, far less than publishing it.
 */
final class LineCount {
  private LineCount() {}

  static long of(Path file) throws IOException {
    long lines = 0;
    int last = '\n';
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
        if (n > 0) {
          last = buffer[n - 1];
        }
      }
    }
    return last == '\n' ? lines : lines + 1;
  }
}
