package dev.framewatch.analytics.classify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.framewatch.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Reads JSON lines of {@code {"text": ..., "label": ...}}. A bad line is a usage error naming the file, the line and what is
 * wrong, as is a label outside the task's classes: a typo in a label must not quietly become a class of its own.
 */
public final class LabelledTexts {
  private LabelledTexts() {}

  public static List<LabelledText> read(Path file, Collection<String> allowedLabels) {
    List<LabelledText> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        out.add(parse(file, n, line, allowedLabels));
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + ": no labelled lines");
    }
    return List.copyOf(out);
  }

  private static LabelledText parse(Path file, int n, String line, Collection<String> allowed) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ":" + n + ": not JSON (" + e.getOriginalMessage() + ")");
    }
    if (!node.isObject() || !node.path("text").isTextual() || node.path("text").asText().isBlank()) {
      throw new IllegalArgumentException(file + ":" + n + ": \"text\" is required (a non-empty string)");
    }
    if (!node.path("label").isTextual()) {
      throw new IllegalArgumentException(file + ":" + n + ": \"label\" is required (one of " + allowed + ")");
    }
    String label = node.get("label").asText().trim().toLowerCase(Locale.ROOT);
    if (!allowed.contains(label)) {
      throw new IllegalArgumentException(file + ":" + n + ": unknown label \"" + node.get("label").asText()
          + "\" (expected one of " + allowed + ")");
    }
    return new LabelledText(node.get("text").asText(), label);
  }
}
