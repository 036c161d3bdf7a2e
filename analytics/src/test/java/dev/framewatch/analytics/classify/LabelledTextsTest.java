package dev.framewatch.analytics.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledTextsTest {
  @TempDir Path dir;

  private String error(String... lines) throws Exception {
    Path f = dir.resolve("data.jsonl");
    Files.write(f, List.of(lines));
    return assertThrows(IllegalArgumentException.class, () -> LabelledTexts.read(f, Domains.ALL)).getMessage()
        .replace(f.toString(), "FILE");
  }

  @Test
  void readsTextsAndLowerCasedLabelsSkippingBlankLines() throws Exception {
    Path f = dir.resolve("ok.jsonl");
    Files.write(f, List.of("{\"text\": \"pixels\", \"label\": \"Vision\"}", "", "{\"text\": \"words\", \"label\": \"language\"}"));
    assertEquals(List.of(new LabelledText("pixels", "vision"), new LabelledText("words", "language")),
        LabelledTexts.read(f, Domains.ALL));
  }

  @Test
  void namesTheFileTheLineAndTheProblem() throws Exception {
    assertEquals("FILE:2: not JSON (Unexpected character ('n' (code 110)): was expecting double-quote to start field name)",
        error("{\"text\": \"a\", \"label\": \"vision\"}", "{nope"));
    assertEquals("FILE:1: \"text\" is required (a non-empty string)", error("{\"label\": \"vision\"}"));
    assertEquals("FILE:1: \"label\" is required (one of [vision, language, speech, rl-robotics, multimodal, other])",
        error("{\"text\": \"a\"}"));
    assertEquals("FILE:1: unknown label \"visoin\" (expected one of [vision, language, speech, rl-robotics, multimodal, other])",
        error("{\"text\": \"a\", \"label\": \"visoin\"}"));
    assertEquals("FILE: no labelled lines", error(""));
    assertEquals(dir.resolve("missing") + ": no such file", assertThrows(IllegalArgumentException.class,
        () -> LabelledTexts.read(dir.resolve("missing"), Domains.ALL)).getMessage());
  }
}
