package dev.framewatch.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The folders under data.dir keep the names earlier versions wrote, so an existing data dir is read as it is. */
class DataDirTest {
  @Test
  void foldersKeepTheirNames() {
    DataDir d = DataDir.at(Path.of("/srv/fw/./data"));
    assertEquals(Path.of("/srv/fw/data"), d.root());
    assertEquals(List.of("/srv/fw/data/kafka", "/srv/fw/data/index", "/srv/fw/data/reports", "/srv/fw/data/models",
            "/srv/fw/data/crawl-state", "/srv/fw/data/crawls", "/srv/fw/data/scheduler"),
        List.of(d.kafka(), d.index(), d.reports(), d.models(), d.crawlState(), d.crawls(), d.scheduler()).stream()
            .map(Path::toString).toList());
  }

  @Test
  void settingsAnswerFromTheSameFolders() {
    Settings s = new SettingsLoader().dataDir(Path.of("/srv/fw/data")).load();
    assertEquals(Path.of("/srv/fw/data/index"), s.indexDir());
    assertEquals(Path.of("/srv/fw/data/kafka"), s.kafkaDir());
    assertEquals(s.dirs().index(), s.indexDir());
  }
}
