package dev.framewatch.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Log levels: framewatch at INFO (DEBUG with --verbose); Kafka, Jetty and friends only when something is wrong. */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    if (!(LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext)) {
      return;
    }
    ((Logger) LoggerFactory.getLogger("dev.framewatch")).setLevel(verbose ? Level.DEBUG : Level.INFO);
  }
}
