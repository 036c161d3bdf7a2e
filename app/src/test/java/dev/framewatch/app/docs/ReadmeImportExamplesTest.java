package dev.framewatch.app.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.framewatch.core.record.EvidenceRecord;
import dev.framewatch.core.record.Kind;
import dev.framewatch.core.record.RecordCodec;
import dev.framewatch.core.record.Stars;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's one example line per kind for {@code import} decodes as that kind: a user can copy them and they load. */
class ReadmeImportExamplesTest {
  @Test
  void oneValidExampleLinePerKind() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("### Record format for `import`");
    int start = readme.indexOf("```jsonl\n", section) + "```jsonl\n".length();
    String block = readme.substring(start, readme.indexOf("```", start));
    List<Kind> kinds = new ArrayList<>();
    for (String line : block.strip().split("\n")) {
      EvidenceRecord record = RecordCodec.decode(line);
      assertEquals(record, RecordCodec.decode(line.replaceFirst("\"kind\": \"[a-z]+\", ", ""), record.kind()),
          "the command's KIND stands in for a missing kind field");
      if (record instanceof Stars s) {
        assertEquals(Stars.id(s.repo(), s.date()), s.id(), "a star snapshot's id is the crawler's");
      }
      kinds.add(record.kind());
    }
    assertEquals(Arrays.asList(Kind.values()), kinds);
  }
}
