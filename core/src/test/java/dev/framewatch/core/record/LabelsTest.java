package dev.framewatch.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void roundTrip() {
    String json = "{\"id\":\"paper:iclr:2024:x\",\"labels\":{\"domain\":{\"value\":\"vision\",\"confidence\":0.93,"
        + "\"model\":\"domain-bow\",\"version\":\"1\"}}}";
    Labels l = Labels.decode(json);
    assertEquals("vision", l.byTask().get("domain").value());
    assertEquals(0.93, l.byTask().get("domain").confidence());
    assertEquals(json, l.encode());
  }

  @Test
  void badLabelsSayWhich() {
    assertEquals("field 'labels.colour': unknown task (expected one of [domain, usage])", assertThrows(
        InvalidRecordException.class, () -> Labels.decode("{\"id\":\"x\",\"labels\":{\"colour\":{\"value\":\"red\","
            + "\"confidence\":1}}}")).getMessage());
    assertEquals("field 'confidence': must be between 0 and 1, got 1.5", assertThrows(InvalidRecordException.class,
        () -> Labels.decode("{\"id\":\"x\",\"labels\":{\"domain\":{\"value\":\"a\",\"confidence\":1.5}}}")).getMessage());
    assertEquals("field 'id': is required", assertThrows(InvalidRecordException.class,
        () -> Labels.decode("{\"labels\":{}}")).getMessage());
  }
}
