package dev.framewatch.analytics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a report under {@code <dir>/<week>/}: {@code report.html}, {@code report.md} and one CSV per table. The files are
 * written into a temporary sibling directory that then replaces the week's directory, so a reader (the dashboard's report
 * list) never sees half a report and a rerun of the same week replaces it whole.
 */
public final class ReportArchive {
  private ReportArchive() {}

  /** @return the week's directory */
  public static Path write(WeeklyReport report, Path dir) {
    return write(report, dir, List.of());
  }

  /**
   * The report with {@code sections} after its share tables (in the HTML before the end of the body, in the Markdown at the
   * end) and their CSV files beside the tables'.
   *
   * @return the week's directory
   */
  public static Path write(WeeklyReport report, Path dir, List<ReportSection> sections) {
    Path target = dir.resolve(report.week());
    Path tmp = dir.resolve("." + report.week() + ".tmp");
    try {
      Files.createDirectories(dir);
      deleteTree(tmp);
      Files.createDirectories(tmp);
      String html = ReportRenderer.html(report);
      StringBuilder markdown = new StringBuilder(ReportRenderer.markdown(report));
      if (!sections.isEmpty()) {
        int end = html.lastIndexOf("</body>");
        StringBuilder body = new StringBuilder(html.substring(0, end));
        for (ReportSection section : sections) {
          body.append(section.html());
          markdown.append('\n').append(section.markdown());
          for (Map.Entry<String, String> csv : section.csvFiles().entrySet()) {
            Files.writeString(tmp.resolve(csv.getKey() + ".csv"), csv.getValue(), StandardCharsets.UTF_8);
          }
        }
        html = body.append(html.substring(end)).toString();
      }
      Files.writeString(tmp.resolve("report.html"), html, StandardCharsets.UTF_8);
      Files.writeString(tmp.resolve("report.md"), markdown.toString(), StandardCharsets.UTF_8);
      for (ReportTable t : ReportTable.of(report)) {
        Files.writeString(tmp.resolve(t.name() + ".csv"), ReportRenderer.csv(t), StandardCharsets.UTF_8);
      }
      Path old = dir.resolve("." + report.week() + ".old");
      deleteTree(old);
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
