package dev.framewatch.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The adoption measurement's JSON round trip and the field each bad input is refused for. */
class AdoptionCodecTest {
  private static final String GOOD = "{\"id\":\"adoption:new-repos:jax:2025-11\",\"kind\":\"adoption\",\"source\":\"github\","
      + "\"fetched_at\":\"2025-12-01T05:00:00Z\",\"signal\":\"new-repos\",\"framework\":\"jax\",\"month\":\"2025-11\","
      + "\"value\":77,\"incomplete\":true}";

  @Test
  void roundTrips() {
    Adoption a = AdoptionCodec.decode(GOOD);
    assertEquals(new Adoption("adoption:new-repos:jax:2025-11", "github", Instant.parse("2025-12-01T05:00:00Z"), "new-repos",
        "jax", YearMonth.of(2025, 11), 77, true, null), a);
    assertEquals(GOOD, AdoptionCodec.encode(a));
  }

  private static String field(String json) {
    return assertThrows(InvalidRecordException.class, () -> AdoptionCodec.decode(json)).getMessage();
  }

  @Test
  void badInputNamesItsField() {
    assertEquals(new InvalidRecordException("month", "expected yyyy-MM, got \"2025-13\"").getMessage(),
        field(GOOD.replace("\"month\":\"2025-11\"", "\"month\":\"2025-13\"")));
    assertEquals(new InvalidRecordException("value", "must not be negative, got -1").getMessage(),
        field(GOOD.replace("\"value\":77", "\"value\":-1")));
    assertEquals(new InvalidRecordException("value", "expected an integer, got string \"77\"").getMessage(),
        field(GOOD.replace("\"value\":77", "\"value\":\"77\"")));
    assertEquals(new InvalidRecordException("id", "must be adoption:new-repos:jax:2025-11, got \"adoption:x\"").getMessage(),
        field(GOOD.replace("\"id\":\"adoption:new-repos:jax:2025-11\"", "\"id\":\"adoption:x\"")));
    assertEquals(new InvalidRecordException("kind", "is 'paper' but adoption records have kind 'adoption'").getMessage(),
        field(GOOD.replace("\"kind\":\"adoption\"", "\"kind\":\"paper\"")));
    assertEquals(new InvalidRecordException("framework", "expected lower-case words joined by hyphens, got \"Py Torch\"")
        .getMessage(), field(GOOD.replace("\"framework\":\"jax\"", "\"framework\":\"Py Torch\"")));
  }
}
