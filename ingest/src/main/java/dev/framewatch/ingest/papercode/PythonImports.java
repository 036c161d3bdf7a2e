package dev.framewatch.ingest.papercode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frameworks a repository's code imports: the fallback when it declares no dependencies. Top-level {@code .py} files are read
 * for {@code import x} / {@code from x import y} at the start of a line; a notebook ({@code .ipynb}) for the same in its code
 * cells, and for its {@code !pip install ...} lines, which are a notebook's requirements file.
 */
final class PythonImports {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern IMPORT = Pattern.compile(
      "(?m)^[ \\t]*(?:from[ \\t]+([A-Za-z_][\\w.]*)[ \\t]+import\\b|import[ \\t]+([A-Za-z_][\\w.]*(?:[ \\t]+as[ \\t]+\\w+)?"
          + "(?:[ \\t]*,[ \\t]*[A-Za-z_][\\w.]*(?:[ \\t]+as[ \\t]+\\w+)?)*))");
  private static final Pattern PIP_INSTALL = Pattern.compile("(?m)^[ \\t]*[!%][ \\t]*pip3?[ \\t]+install[ \\t]+(.*)$");

  private PythonImports() {}

  /** Modules' frameworks imported by Python source. */
  static Set<String> ofSource(String source) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = IMPORT.matcher(source);
    while (m.find()) {
      if (m.group(1) != null) {
        PackageFrameworks.ofModule(m.group(1)).ifPresent(out::add);
      } else {
        for (String part : m.group(2).split(",")) {
          String module = part.trim().split("[ \\t]+")[0];
          PackageFrameworks.ofModule(module).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** A notebook's code cells (nbformat 4 {@code cells}, nbformat 3 {@code worksheets[].cells[].input}); empty when not JSON. */
  static Set<String> ofNotebook(String notebookJson) {
    JsonNode root;
    try {
      root = JSON.readTree(notebookJson);
    } catch (JsonProcessingException e) {
      return Set.of();
    }
    StringBuilder code = new StringBuilder();
    if (root == null) {
      return Set.of();
    }
    appendCells(root.path("cells"), "source", code);
    for (JsonNode sheet : root.path("worksheets")) {
      appendCells(sheet.path("cells"), "input", code);
    }
    Set<String> out = new LinkedHashSet<>(ofSource(code.toString()));
    Matcher pip = PIP_INSTALL.matcher(code);
    while (pip.find()) {
      for (String token : pip.group(1).trim().split("\\s+")) {
        Requirement.name(token.replaceAll("^[\"']|[\"']$", ""))
            .flatMap(PackageFrameworks::ofDistribution).ifPresent(out::add);
      }
    }
    return out;
  }

  private static void appendCells(JsonNode cells, String sourceKey, StringBuilder code) {
    for (JsonNode cell : cells) {
      if (!"code".equals(cell.path("cell_type").asText())) {
        continue;
      }
      JsonNode source = cell.path(sourceKey);
      if (source.isArray()) {
        source.forEach(line -> code.append(line.asText()));
      } else {
        code.append(source.asText());
      }
      code.append('\n');
    }
  }
}
