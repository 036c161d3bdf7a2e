package dev.framewatch.core.method;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
  void groupsAreGapsBetweenRequiredLiterals() {
    assertEquals(Optional.of("torch."), RequiredLiteral.of("(?<![\\w.])torch\\.(?:nn|utils|optim)\\b"));
    assertEquals(List.of("import", "torch"), RequiredLiteral.all("(?m)\\bimport\\s+torch(?=\\.\\w|\\s*;|$)"));
    assertEquals(List.of("from", "torch.", "import"), RequiredLiteral.all("\\bfrom\\s+torch\\.[\\w.]+\\s+import\\s+\\w"));
    assertEquals(List.of("jnp."), RequiredLiteral.all("(?<![\\w.])jnp\\.(?!(?:com|org)\\b)[A-Za-z_]\\w*"));
    assertEquals(List.of("pytorch", "lightning"), RequiredLiteral.all("\\bpytorch[- ]lightning\\b"));
    assertEquals(List.of("tail"), RequiredLiteral.all("[)|(]x(?:a|b)tail"), "parentheses in a class open no group");
  }

  @Test
  void aGroupOfPlainWordsRequiresOneOfThem() {
    assertEquals(List.of(List.of("pytorch", "keras", "tensorflow"), List.of("like", "style", "inspired")),
        RequiredLiteral.requirements("(?i)\\b(?:pytorch|keras|tensorflow)[- ](?:like|style|inspired)\\b"));
    assertEquals(List.of(), RequiredLiteral.all("(?i)\\b(?:pytorch|keras|tensorflow)[- ](?:like|style|inspired)\\b"));
    assertEquals(List.of(List.of("keras")), RequiredLiteral.requirements("(?<!(?:tf|jax)\\.)keras"),
        "a lookbehind requires nothing");
    assertEquals(List.of(List.of("torch.")), RequiredLiteral.requirements("torch\\.(?:nn|optim)"),
        "nn is too short to look up");
    assertEquals(List.of(), RequiredLiteral.requirements("(?:pytorch|keras)?x"));
  }

  @Test
  void givesUpWhereItCannotBeSure() {
    assertEquals(Optional.empty(), RequiredLiteral.of("\\b(?:pytorch|torch)\\b"));
    assertEquals(Optional.empty(), RequiredLiteral.of("\\b(py)?torch\\b"));
    assertEquals(Optional.empty(), RequiredLiteral.of("\\btf\\b"));
    assertEquals(Optional.empty(), RequiredLiteral.of("tensor(flow)?"));
    assertEquals(List.of(), RequiredLiteral.all("pytorch|torch"));
    assertEquals(List.of(), RequiredLiteral.all("(?:import\\s+torch"));
  }
}
