package dev.framewatch.core.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.framewatch.core.record.Paper;
import dev.framewatch.core.record.RecordCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paper-evidence}: papers judged by their text, their code ({@code framework_code}), or code where it names one. */
class PaperEvidenceTest {
  private static Paper paper(String abstractText, String... code) {
    Map<String, JsonNode> extra = new java.util.LinkedHashMap<>();
    if (code.length > 0 && !code[0].equals("-")) {
      var array = JsonNodeFactory.instance.arrayNode();
      for (String c : code) {
        array.add(c);
      }
      extra.put(Paper.FRAMEWORK_CODE, array);
      extra.put("code_repo", TextNode.valueOf("gabb7/AReS-MaRS"));
      extra.put("framework_code_basis", TextNode.valueOf("dependencies"));
    } else if (code.length > 0) {
      extra.put(Paper.FRAMEWORK_CODE, JsonNodeFactory.instance.arrayNode());
    }
    return new Paper("paper:x:1", "test", null, "T", "ICML", 2019, null, null, null, abstractText, null,
        Map.of("code", "https://github.com/gabb7/AReS-MaRS"), extra);
  }

  private static Method withEvidence(String evidence) {
    Method d = MethodLoader.load("default");
    return new Method(d.name() + "-" + evidence, d.version(), d.description(), d.multiple(), d.frameworks(), d.traps(),
        d.exclusions(), d.usageDecides(), d.modelTags(), d.modelLibraries(), d.modelSafetensors(), d.code(), d.codeCounts(),
        Method.PaperEvidence.parse(evidence));
  }

  @Test
  void frameworkCodeReadsFromExtra() {
    assertEquals(Optional.of(List.of("tensorflow", "jax")), paper("x", "TensorFlow", "jax").frameworkCode());
    assertEquals(Optional.of(List.of()), paper("x", "-").frameworkCode());
    assertEquals(Optional.empty(), paper("x").frameworkCode());
    Paper p = paper("x", "pytorch");
    assertEquals(p, RecordCodec.decode(RecordCodec.encode(p)));
  }

  @Test
  void textIsTheDefaultAndShippedMethodsKeepIt() {
    assertEquals(Method.PaperEvidence.TEXT, MethodLoader.load("default").paperEvidence());
    assertEquals(Method.PaperEvidence.TEXT, MethodLoader.load("horace-2019").paperEvidence());
    FrameworkDetector text = new FrameworkDetector(MethodLoader.load("default"));
    assertEquals(List.of("pytorch"), text.counted(paper("Implemented in PyTorch.", "tensorflow")));
  }

  @Test
  void codeCountsOnlyTheRepositorysVerdict() {
    FrameworkDetector code = new FrameworkDetector(withEvidence("code"));
    assertEquals(List.of("tensorflow"), code.counted(paper("Implemented in PyTorch.", "tensorflow")));
    assertEquals(List.of(), code.counted(paper("Implemented in PyTorch.")));
    assertEquals(List.of(), code.counted(paper("Implemented in PyTorch.", "-")));
    assertEquals(List.of("pytorch", "jax"), code.counted(paper("", "jax", "pytorch", "theano")));
    assertEquals(Optional.of("code repository: gabb7/AReS-MaRS (dependencies)"),
        code.evidence(paper("PyTorch", "tensorflow"), "tensorflow", 10));
    assertEquals(Optional.empty(), code.evidence(paper("PyTorch", "tensorflow"), "pytorch", 10));
  }

  @Test
  void codeElseTextFallsBackWhereCodeNamesNothing() {
    FrameworkDetector both = new FrameworkDetector(withEvidence("code-else-text"));
    assertEquals(List.of("tensorflow"), both.counted(paper("Implemented in PyTorch.", "tensorflow")));
    assertEquals(List.of("pytorch"), both.counted(paper("Implemented in PyTorch.")));
    assertEquals(List.of("pytorch"), both.counted(paper("Implemented in PyTorch.", "-")));
  }

  @Test
  void theShippedDefaultCodeMethodIsDefaultWithCodeElseText() {
    Method m = MethodLoader.load("default-code");
    Method d = MethodLoader.load("default");
    assertEquals("default-code", m.name());
    assertEquals(Method.PaperEvidence.CODE_ELSE_TEXT, m.paperEvidence());
    assertEquals(d.frameworks().keySet(), m.frameworks().keySet());
    assertEquals(d.modelTags(), m.modelTags());
    assertEquals(d.multiple(), m.multiple());
  }

  @Test
  void aMethodFileNamesItsPaperEvidence(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.conf");
    Files.writeString(f, "name = mine\nversion = \"1\"\nframeworks { pytorch = [\"pytorch\"] }\npaper-evidence = code\n");
    assertEquals(Method.PaperEvidence.CODE, MethodLoader.load(f.toString()).paperEvidence());
    Files.writeString(f, "name = mine\nversion = \"1\"\nframeworks { pytorch = [\"pytorch\"] }\npaper-evidence = repo\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MethodLoader.load(f.toString()));
    assertEquals("paper-evidence: expected text, code or code-else-text, got 'repo'", e.getMessage());
  }
}
