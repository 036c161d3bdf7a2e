package dev.framewatch.dashboard.api;

import dev.framewatch.analytics.export.DocumentExport;
import dev.framewatch.analytics.export.ExportFormat;
import dev.framewatch.dashboard.DashboardData;
import dev.framewatch.dashboard.web.BadParameter;
import dev.framewatch.dashboard.web.Params;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /api/export?format=csv|jsonl|parquet&where=...&limit=N}: the document-level facts {@code framewatch export}
 * writes, through the same {@link DocumentExport} (same columns, same filter parser), cut at a row limit so one request cannot
 * stream the whole index. CSV and JSONL stream as they are read; Parquet is written to a temporary file first (its footer
 * points back into the file) and sent whole.
 */
public final class ExportApi {
  public static final Set<String> PARAMETERS = Set.of("format", "where", "limit");
  /** Rows sent when {@code limit} is not given. */
  public static final int DEFAULT_LIMIT = 10_000;
  /** The most rows one request may ask for; the CLI's {@code framewatch export} has no limit. */
  public static final int MAX_LIMIT = 100_000;

  private ExportApi() {}

  public static void handle(Context ctx, DashboardData data) throws IOException {
    Params p = Params.of(Params.query(ctx), PARAMETERS);
    ExportFormat format = ExportFormat.parse(p.choice("format", List.of("csv", "jsonl", "parquet"), "csv"));
    int limit = p.integer("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    String where = p.string("where");
    DocumentExport export = new DocumentExport(data.vocabulary());
    try {
      export.query(where); // a bad filter is a 400 before anything is sent
    } catch (IllegalArgumentException e) {
      throw new BadParameter("where", e.getMessage());
    }
    ctx.header("Cache-Control", "no-cache");
    ctx.header("X-Row-Limit", Integer.toString(limit));
    ctx.header("Content-Disposition", "attachment; filename=\"framewatch-export." + format.key() + "\"");
    if (format == ExportFormat.PARQUET) {
      Path tmp = Files.createTempFile("framewatch-export", ".parquet");
      try {
        export.export(data.indexDir(), where, format, null, tmp, limit, DocumentExport.Listener.NONE);
        ctx.contentType("application/vnd.apache.parquet");
        try (InputStream in = Files.newInputStream(tmp)) {
          in.transferTo(ctx.outputStream());
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
      return;
    }
    ctx.contentType(format == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      export.export(data.indexDir(), where, format, out, null, limit, DocumentExport.Listener.NONE);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
