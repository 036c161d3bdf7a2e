package dev.framewatch.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {
  @Test
  void aDayBelongsToTheWeekOfItsWeekBasedYear() {
    assertEquals("2026-W53", IsoWeek.of(LocalDate.of(2026, 12, 31)).toString());
    assertEquals("2026-W53", IsoWeek.of(LocalDate.of(2027, 1, 1)).toString());
    assertEquals("2026-W53", IsoWeek.of(LocalDate.of(2027, 1, 3)).toString());
    assertEquals("2027-W01", IsoWeek.of(LocalDate.of(2027, 1, 4)).toString());
    assertEquals("2020-W53", IsoWeek.of(LocalDate.of(2021, 1, 3)).toString());
    assertEquals("2020-W01", IsoWeek.of(LocalDate.of(2019, 12, 30)).toString());
    assertEquals("2019-W05", IsoWeek.of(LocalDate.of(2019, 1, 28)).toString());
  }

  @Test
  void mondaysAndPreviousWeeksCrossYears() {
    assertEquals(LocalDate.of(2026, 11, 16), IsoWeek.parse("2026-W47").monday());
    assertEquals(LocalDate.of(2026, 12, 28), IsoWeek.parse("2026-W53").monday());
    assertEquals(LocalDate.of(2019, 12, 30), IsoWeek.parse("2020-W01").monday());
    assertEquals(new IsoWeek(2020, 53), IsoWeek.parse("2021-W01").previous());
    assertEquals(new IsoWeek(2026, 52), IsoWeek.parse("2026-W53").previous());
    assertEquals(new IsoWeek(2026, 46), IsoWeek.parse("2026-W47").previous());
  }

  @Test
  void yearsHave52Or53Weeks() {
    assertEquals(53, IsoWeek.weeksIn(2026)); // starts on a Thursday
    assertEquals(53, IsoWeek.weeksIn(2020)); // a leap year starting on a Wednesday
    assertEquals(52, IsoWeek.weeksIn(2025));
    assertEquals(52, IsoWeek.weeksIn(2027));
  }

  @Test
  void parsingNamesWhatIsWrong() {
    assertEquals(new IsoWeek(2026, 5), IsoWeek.parse("2026-W05"));
    assertEquals("2026-W05", new IsoWeek(2026, 5).toString());
    assertEquals("2025 has weeks 1 to 52",
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2025-W53")).getMessage());
    assertEquals("2025 has weeks 1 to 52",
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2025-W00")).getMessage());
    for (String bad : new String[] {"2026-47", "2026-W5", "26-W05", "2026-w05", "", null}) {
      assertEquals("expected an ISO week such as 2026-W47",
          assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse(bad)).getMessage(), bad);
    }
  }

  @Test
  void isWeekAcceptsOnlyWeeksThatExist() {
    org.junit.jupiter.api.Assertions.assertTrue(IsoWeek.isWeek("2026-W53"));
    org.junit.jupiter.api.Assertions.assertFalse(IsoWeek.isWeek("2025-W53"));
    org.junit.jupiter.api.Assertions.assertFalse(IsoWeek.isWeek("2026-W00"));
    org.junit.jupiter.api.Assertions.assertFalse(IsoWeek.isWeek("2026-W7"));
    org.junit.jupiter.api.Assertions.assertFalse(IsoWeek.isWeek("../etc"));
    org.junit.jupiter.api.Assertions.assertFalse(IsoWeek.isWeek(null));
  }
}
