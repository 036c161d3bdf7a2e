package dev.framewatch.core.method;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {
  @Test
  void findsTheLiteralEveryMatchContains() {
    assertEquals(Optional.of("pytorch"), RequiredLiteral.of("\\bpytorch\\b"));
    assertEquals(Optional.of("tf.keras"), RequiredLiteral.of("\\btf\\.keras\\b"));
    assertEquals(Optional.of("keras"), RequiredLiteral.of("(?<!tf\\.)\\bkeras\\b"));
    assertEquals(Optional.of("opennmt-py"), RequiredLiteral.of("\\bopennmt-py\\b"));
    assertEquals(Optional.of("lightning"), RequiredLiteral.of("\\bpytorch[- ]lightning\\b"));
    assertEquals(Optional.of("idf"), RequiredLiteral.of("(?i)\\btf[-‐ ]?idf\\b"));
    assertEquals(Optional.of("torch"), RequiredLiteral.of("(?i)\\blua\\s*torch\\b"));
    assertEquals(Optional.of("jax"), RequiredLiteral.of("\\bJAX\\b"));
  }

  @Test
  void givesUpWhereItCannotBeSure() {
    assertEquals(Optional.empty(), RequiredLiteral.of("\\b(?:pytorch|torch)\\b"));
    assertEquals(Optional.empty(), RequiredLiteral.of("\\b(py)?torch\\b"));
    assertEquals(Optional.empty(), RequiredLiteral.of("\\btf\\b"));
    assertEquals(Optional.empty(), RequiredLiteral.of("tensor(flow)?"));
  }
}
