package dev.framewatch.ingest.schedule;

import dev.framewatch.core.settings.SchedulerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * A crawl worker in its own JVM, for the test that kills one: joins the clustered store at {@code args[0]}, triggers the
 * {@code github} crawl, and hangs inside it after writing a line to {@code args[1]}, until killed.
 */
public final class CrawlWorkerMain {
  private CrawlWorkerMain() {}

  public static void main(String[] args) throws Exception {
    Path marker = Path.of(args[1]);
    SchedulerStore store = new SchedulerStore(args[0], "postgres", "", 1000);
    CrawlScheduler s = CrawlScheduler.open(marker.getParent().resolve("child"), store,
        Map.of("github", ClusteredCrawlSchedulerTest.NEVER), source -> {
          Files.writeString(marker, "started " + source + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
          Thread.sleep(Long.MAX_VALUE);
          return null;
        });
    s.start();
    s.triggerNow("github");
    Thread.sleep(Long.MAX_VALUE);
  }
}
