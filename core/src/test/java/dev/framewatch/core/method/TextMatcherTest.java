package dev.framewatch.core.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The matcher's shortcuts (literal checks, searches that begin at a rule's leading literal, trap masking only where a trap can
 * match) find exactly what the method's regular expressions find when each is run over the whole masked text.
 */
class TextMatcherTest {
  private static final Method DEFAULT = MethodLoader.load("default");

  /** Pieces chosen to trip the shortcuts: literals inside other words before the real match, traps, case, non-Latin text. */
  private static final String[] PIECES = {"PyTorch", "pytorch", "xpytorch", "torchvision", "Torch7", "Lua Torch", "evaluation",
      "lua", "torch", "tf.keras", "Keras", "keras.layers", "TF-IDF", "tf-idf weighting", "tf.data", "TF.", "TensorFlow",
      "TensorFlow-like", "PyTorch-style", "import torch", "import torch as th", "from torch import nn", "torch.nn.Module",
      "jnp.array", "jnp.com", "optax.adam", "flax.linen", "import jax.numpy as jnp", "JAX", "jax", "ajax", "mx.nd", "mx.com",
      "paddle.nn", "MXNet", "Gluon", "fairseq", "allennlp", "\n", " ", ". ", "the model", "İstanbul", "ǅ", "Straße",
      "İ PyTorch", "implemented in", "(", ")", "x", "_"};

  /** The method's rules run plainly: traps blanked over the whole text, then every pattern searched from the start. */
  private static Map<String, EnumSet<EvidenceClass>> reference(Method method, String text) {
    String masked = text;
    if (!method.traps().isEmpty()) {
      StringBuilder alternation = new StringBuilder();
      for (Pattern p : method.traps()) {
        alternation.append(alternation.length() == 0 ? "" : "|").append("(?:").append(p.pattern()).append(')');
      }
      Matcher m = Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
      StringBuilder sb = new StringBuilder(text);
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          sb.setCharAt(i, ' ');
        }
      }
      masked = sb.toString();
    }
    Map<String, EnumSet<EvidenceClass>> found = new LinkedHashMap<>();
    addMatches(found, EvidenceClass.NAME, method.frameworks(), masked, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    if (method.codeCounts()) {
      addMatches(found, EvidenceClass.CODE, method.code(), masked, 0);
    }
    return found;
  }

  private static void addMatches(Map<String, EnumSet<EvidenceClass>> found, EvidenceClass evidence,
      Map<String, List<Pattern>> byFramework, String text, int flags) {
    byFramework.forEach((id, patterns) -> {
      for (Pattern p : patterns) {
        if (Pattern.compile(p.pattern(), flags).matcher(text).find()) {
          found.computeIfAbsent(id, k -> EnumSet.noneOf(EvidenceClass.class)).add(evidence);
          break;
        }
      }
    });
  }

  @Test
  void shortcutsFindWhatThePlainRegexesFind() {
    TextMatcher matcher = new TextMatcher(DEFAULT);
    Random random = new Random(7);
    int named = 0;
    for (int t = 0; t < 3000; t++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(8);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
      }
      String s = text.toString();
      Map<String, EnumSet<EvidenceClass>> expected = reference(DEFAULT, s);
      assertEquals(expected, matcher.scan(s, true), s);
      named += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(named > 300 && named < 2700, "the corpus exercises both outcomes: " + named + " of 3000 name a framework");
  }

  @Test
  void searchesThatBeginLaterStillSeeTheCharactersBefore() {
    TextMatcher matcher = new TextMatcher(DEFAULT);
    // "keras" first occurs inside tf.keras (a lookbehind excludes it) and then alone; "pytorch" first inside "xpytorch".
    assertEquals(List.of("tensorflow", "keras"), new ArrayList<>(matcher.scan("tf.keras and keras", true).keySet()));
    assertEquals(List.of("tensorflow"), new ArrayList<>(matcher.scan("tf.keras only", true).keySet()), "tf.keras is not keras");
    assertEquals(List.of("pytorch"), new ArrayList<>(matcher.scan("xpytorch, then pytorch", true).keySet()));
    assertEquals(List.of(), new ArrayList<>(matcher.scan("xpytorch", true).keySet()));
    // Lower-casing "İ" gives two chars: positions no longer line up, and the search starts at 0.
    assertEquals(List.of("pytorch"), new ArrayList<>(matcher.scan("İİİ PyTorch", true).keySet()));
    // A trap that starts after the first "lua" (in "evaluation") is still blanked out.
    assertEquals(List.of(), new ArrayList<>(matcher.scan("evaluation of Lua Torch", true).keySet()));
  }
}
