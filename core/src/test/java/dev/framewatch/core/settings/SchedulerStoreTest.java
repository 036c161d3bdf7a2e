package dev.framewatch.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** scheduler.*: local H2 unless a PostgreSQL or H2 URL is set; anything else stops with one line naming the key. */
class SchedulerStoreTest {
  @Test
  void theDefaultIsTheLocalStore() {
    SchedulerStore s = Settings.defaults().schedulerStore();
    assertEquals(new SchedulerStore("", "", "", 7500), s);
    assertFalse(s.shared());
    assertEquals("SchedulerStore[local H2]", s.toString());
  }

  @Test
  void aPostgresqlUrlMakesItSharedAndHidesThePassword() {
    Settings settings = new SettingsLoader().setAll(List.of("scheduler.jdbc-url=jdbc:postgresql://db1:5432/framewatch",
        "scheduler.jdbc-user=fw", "scheduler.jdbc-password=secret", "scheduler.cluster-checkin-interval-ms=2000")).load();
    SchedulerStore s = settings.schedulerStore();
    assertTrue(s.shared());
    assertTrue(s.postgresql());
    assertEquals(new SchedulerStore("jdbc:postgresql://db1:5432/framewatch", "fw", "secret", 2000), s);
    assertEquals("SchedulerStore[jdbc:postgresql://db1:5432/framewatch as fw, clustered, check-in every 2000 ms]",
        s.toString());
  }

  @Test
  void otherDatabasesAndShortCheckinsAreRejected() {
    SettingsException e = assertThrows(SettingsException.class, () -> new SettingsLoader().setAll(List.of(
        "scheduler.jdbc-url=jdbc:mysql://db1/framewatch", "scheduler.cluster-checkin-interval-ms=50")).load());
    assertEquals(List.of(
        "scheduler.jdbc-url: must be a PostgreSQL URL (jdbc:postgresql://HOST:PORT/DATABASE), an H2 URL (jdbc:h2:...) or "
            + "empty for the single-machine store under <data.dir>/scheduler, got \"jdbc:mysql://db1/framewatch\"",
        "scheduler.cluster-checkin-interval-ms: must be at least 100"), e.problems());
  }
}
