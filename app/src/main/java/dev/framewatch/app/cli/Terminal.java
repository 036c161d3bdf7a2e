package dev.framewatch.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stderr is a terminal, which decides how {@link Progress} draws. Java 17 cannot ask about stderr itself
 * ({@code System.console()} describes stdin and stdout, so {@code 2> log} would still get carriage returns), hence, in order: the
 * launcher's answer ({@code -Dframewatch.stderr.terminal}, from bash's {@code [ -t 2 ]}), never in CI, where
 * {@code /proc/self/fd/2} leads (Linux), and last the console.
 */
final class Terminal {
  static final String PROPERTY = "framewatch.stderr.terminal";

  private Terminal() {}

  static boolean stderrIsTerminal() {
    String told = System.getProperty(PROPERTY);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    if ("true".equals(System.getenv("CI"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        // not a link we can read: fall through to the console
      }
    }
    return System.console() != null;
  }
}
