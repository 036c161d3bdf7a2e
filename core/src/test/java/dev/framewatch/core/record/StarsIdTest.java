package dev.framewatch.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A snapshot's id is built in one place; the index's star series and the dashboard's drill-down find snapshots by it. */
class StarsIdTest {
  @Test
  void idIsRepositoryAndDay() {
    assertEquals("stars:jax-ml/jax:2024-02-05", Stars.id("jax-ml/jax", LocalDate.of(2024, 2, 5)));
    assertEquals("stars:jax-ml/jax:", Stars.idPrefix("jax-ml/jax"));
    assertTrue(Stars.id("jax-ml/jax", LocalDate.of(2024, 2, 5)).startsWith(Stars.ID_PREFIX));
  }

  @Test
  void aRepositoryWhoseNameExtendsAnothersHasItsOwnPrefix() {
    // "a/b:" must not match "a/bc"'s snapshots: the colon closes the repository's name.
    assertTrue(!Stars.id("a/bc", LocalDate.of(2020, 1, 2)).startsWith(Stars.idPrefix("a/b")));
  }
}
