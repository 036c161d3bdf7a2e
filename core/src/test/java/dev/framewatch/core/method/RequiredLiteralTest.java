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

  @Test
  void leadingLiteralsStartEveryMatch() {
    assertEquals(List.of("pytorch"), RequiredLiteral.leading("\\bpytorch\\b"));
    assertEquals(List.of("pytorch"), RequiredLiteral.leading("\\bpytorch[- ]lightning\\b"));
    assertEquals(List.of("keras"), RequiredLiteral.leading("(?<!tf\\.)\\bkeras\\b"), "a lookbehind matches no text");
    assertEquals(List.of("torch."), RequiredLiteral.leading("(?<![\\w.])torch\\.(?:nn|utils)\\b"));
    assertEquals(List.of("import"), RequiredLiteral.leading("(?m)\\bimport\\s+torch(?=\\.\\w|\\s*;|$)"));
    assertEquals(List.of("jnp."), RequiredLiteral.leading("(?<![\\w.])jnp\\.(?!(?:com|org)\\b)[A-Za-z_]\\w*"));
    assertEquals(List.of("tf"), RequiredLiteral.leading("(?i)\\btf[-‐ ]?idf\\b"), "short, and it stops before an optional");
    assertEquals(List.of("jax"), RequiredLiteral.leading("\\bJAX\\b"), "lower-cased");
    assertEquals(List.of("pytorch", "keras", "tensorflow"),
        RequiredLiteral.leading("(?i)\\b(?:pytorch|keras|tensorflow)[- ](?:like|style|inspired)\\b"));
    assertEquals(List.of("a"), RequiredLiteral.leading("a+b"), "at least one a");
  }

  @Test
  void noLeadingLiteralWhereAMatchMayStartOtherwise() {
    assertEquals(List.of(), RequiredLiteral.leading("pytorch|torch"));
    assertEquals(List.of(), RequiredLiteral.leading("(?:py)?torch"));
    assertEquals(List.of(), RequiredLiteral.leading("p?ytorch"));
    assertEquals(List.of(), RequiredLiteral.leading("\\w+torch"));
    assertEquals(List.of(), RequiredLiteral.leading("(?=x)xy"), "a lookahead is not skipped");
    assertEquals(List.of(), RequiredLiteral.leading("[Tt]orch"));
    assertEquals(List.of(), RequiredLiteral.leading("(?:ab|c)d"), "c is too short for a plain alternative");
  }
}
