package dev.framewatch.app.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Every command starts the embedded broker; at the shipped log level (app's logback.xml) its start on a fresh data directory
 * says nothing: a user should see warnings only when something needs their attention.
 */
class EmbeddedBrokerQuietIT {
  @Test
  void aFreshBrokerStartsWithoutWarnings(@TempDir Path dir) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> seen = new ListAppender<>();
    seen.start();
    root.addAppender(seen);
    try (EmbeddedBroker.Handle kafka = EmbeddedBroker.startOrAttach(dir.resolve("kafka"), 60_000)) {
      assertEquals(false, kafka.bootstrapServers().isEmpty());
    } finally {
      root.detachAppender(seen);
    }
    List<String> warnings = seen.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
    assertEquals(List.of(), warnings);
  }
}
