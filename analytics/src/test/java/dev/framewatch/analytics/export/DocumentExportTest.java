package dev.framewatch.analytics.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.framewatch.index.query.InvalidWhereException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentExportTest {
  @TempDir Path tmp;

  private String export(ExportFormat format, String where) throws Exception {
    Path index = ExportIndex.write(tmp.resolve("index"));
    StringWriter out = new StringWriter();
    new DocumentExport().export(index, where, format, out, null, -1, DocumentExport.Listener.NONE);
    return out.toString();
  }

  @Test
  void csvIsRfc4180WithListsJoinedBySemicolonsAndFormulasGuarded() throws Exception {
    assertEquals("""
        id,kind,source,venue,year,month,domain,domain_source,library,task,frameworks_default,framework_code,excluded_by,\
        label_domain,label_usage,stars,forks,downloads,likes,new_stars
        p1,paper,test,cvpr,2019,,vision,venue,,,pytorch,,,,,,,,,
        '=p2,paper,test,"workshop, on things",2020,,,,,,jax;keras,,,,,,,,,
        gh:pytorch/vision,repo,github,,2016,11,,,,,pytorch,,,,,15000,6900,,,
        hf:google-bert/bert-base-uncased,model,huggingface,,2022,3,language,pipeline,transformers,fill-mask,\
        pytorch;tensorflow,,,,,,,3000000000,7,
        """, export(ExportFormat.CSV, null));
  }

  @Test
  void jsonlIsOneObjectPerLineWithArraysAndNulls() throws Exception {
    assertEquals("""
        {"id":"gh:pytorch/vision","kind":"repo","source":"github","venue":null,"year":2016,"month":11,"domain":null,\
        "domain_source":null,"library":null,"task":null,"frameworks_default":["pytorch"],"framework_code":[],\
        "excluded_by":[],"label_domain":null,"label_usage":null,"stars":15000,"forks":6900,"downloads":null,"likes":null,\
        "new_stars":null}
        """, export(ExportFormat.JSONL, "kind:repo"));
  }

  @Test
  void whereMeansWhatItMeansInShare() throws Exception {
    // venue:CVPR is normalized as at index time; a range on year is a keyword range, as in share.
    assertEquals(List.of("p1"), ids(export(ExportFormat.JSONL, "venue:CVPR AND year:[2018 TO 2019]")));
    assertEquals(List.of("=p2", "hf:google-bert/bert-base-uncased"), ids(export(ExportFormat.JSONL, "framework:jax OR downloads:[1 TO *]")));
  }

  @Test
  void aFilterMatchingNothingGivesAHeaderOrAnEmptyFile() throws Exception {
    assertEquals(1, export(ExportFormat.CSV, "kind:job").lines().count());
    assertEquals("", export(ExportFormat.JSONL, "kind:job"));
  }

  @Test
  void aBadFilterIsRejectedBeforeAnyIndexIsRead() {
    InvalidWhereException e = assertThrows(InvalidWhereException.class, () -> new DocumentExport().query("colour:red"));
    assertEquals(true, e.getMessage().startsWith("--where 'colour:red': unknown field 'colour'"), e.getMessage());
  }

  @Test
  void aBadFormatNamesItselfAndTheChoices() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xlsx"));
    assertEquals("unknown export format 'xlsx' (formats: csv, jsonl, parquet)", e.getMessage());
  }

  @Test
  void parquetHasTypedColumnsAndEveryRow() throws Exception {
    Path index = ExportIndex.write(tmp.resolve("index"));
    Path file = tmp.resolve("docs.parquet");
    DocumentExport.Result result = new DocumentExport().export(index, null, ExportFormat.PARQUET, null, file, -1,
        DocumentExport.Listener.NONE);
    assertEquals(new DocumentExport.Result(4, 4), result);
    // A whole Parquet file: magic at both ends. Its rows and types are read back by DuckDB in bench (ExportReadBackTest);
    // parquet-mr's own reader cannot be used here, as its read options build a Hadoop codec factory whatever they are given.
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    assertEquals("PAR1", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
    assertEquals("PAR1", new String(bytes, bytes.length - 4, 4, StandardCharsets.US_ASCII));
  }

  @Test
  void parquetColumnsAreTyped() throws Exception {
    Path index = ExportIndex.write(tmp.resolve("index"));
    try (var reader = dev.framewatch.index.IndexDirectory.openReader(index)) {
      assertEquals("""
          message document {
            required binary id (STRING);
            optional binary kind (STRING);
            optional binary source (STRING);
            optional binary venue (STRING);
            optional int32 year;
            optional int32 month;
            optional binary domain (STRING);
            optional binary domain_source (STRING);
            optional binary library (STRING);
            optional binary task (STRING);
            required group frameworks_default (LIST) {
              repeated group list {
                required binary element (STRING);
              }
            }
            required group framework_code (LIST) {
              repeated group list {
                required binary element (STRING);
              }
            }
            required group excluded_by (LIST) {
              repeated group list {
                required binary element (STRING);
              }
            }
            optional binary label_domain (STRING);
            optional binary label_usage (STRING);
            optional int64 stars;
            optional int64 forks;
            optional int64 downloads;
            optional int64 likes;
            optional int64 new_stars;
          }
          """, ParquetFactsWriter.schema(new dev.framewatch.index.export.DocumentFacts(reader).columns()).toString());
    }
  }

  @Test
  void parquetNeedsAFile() throws Exception {
    Path index = ExportIndex.write(tmp.resolve("index"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DocumentExport()
        .export(index, null, ExportFormat.PARQUET, new StringWriter(), null, -1, DocumentExport.Listener.NONE));
    assertEquals("--format parquet needs --output FILE (Parquet cannot stream to stdout)", e.getMessage());
  }

  @Test
  void aLimitCutsTheExportAndSaysHowManyMatched() throws Exception {
    Path index = ExportIndex.write(tmp.resolve("index"));
    StringWriter out = new StringWriter();
    List<Long> totals = new ArrayList<>();
    DocumentExport.Result r = new DocumentExport().export(index, null, ExportFormat.JSONL, out, null, 2,
        new DocumentExport.Listener() {
          @Override
          public void total(long documents) {
            totals.add(documents);
          }
        });
    assertEquals(new DocumentExport.Result(2, 4), r);
    assertEquals(List.of(2L), totals);
    assertEquals(List.of("p1", "=p2"), ids(out.toString()));
  }

  @Test
  void aFileGetsTheSameTextAsStdout() throws Exception {
    String stdout = export(ExportFormat.CSV, "kind:repo");
    Path file = tmp.resolve("out.csv");
    new DocumentExport().export(tmp.resolve("index"), "kind:repo", ExportFormat.CSV, null, file, -1,
        DocumentExport.Listener.NONE);
    assertEquals(stdout, java.nio.file.Files.readString(file));
  }

  @Test
  void anUnwritableOutputNamesItselfBeforeTheIndexIsRead() {
    Path file = tmp.resolve("no-such-dir").resolve("out.jsonl");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new DocumentExport()
        .export(tmp.resolve("no-index"), null, ExportFormat.JSONL, null, file, -1, DocumentExport.Listener.NONE));
    assertEquals("cannot write --output " + file + ": no such directory", e.getMessage());
  }

  private static List<String> ids(String jsonl) {
    return jsonl.lines().map(l -> l.substring(7, l.indexOf('"', 7))).toList();
  }
}
