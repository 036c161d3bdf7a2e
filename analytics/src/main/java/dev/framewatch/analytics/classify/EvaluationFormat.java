package dev.framewatch.analytics.classify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.core.json.Json;
import java.util.Locale;

/** An {@link Evaluation} as a text table (per-class figures, then the confusion matrix) or as JSON. */
public final class EvaluationFormat {
  private EvaluationFormat() {}

  /**
   * {@code {"macro_f1": .., "accuracy": .., "examples": .., "classes": {"vision": {"precision": .., "recall": .., "f1": ..,
   * "support": ..}}, "confusion": {"labels": [..], "matrix": [[..]]}}}; rows of the matrix are true classes, columns predicted.
   */
  public static ObjectNode json(Evaluation e) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("macro_f1", round(e.macroF1()));
    o.put("accuracy", round(e.accuracy()));
    o.put("examples", e.examples());
    ObjectNode classes = o.putObject("classes");
    for (String c : e.classes()) {
      ClassMetrics m = e.perClass().get(c);
      classes.putObject(c).put("precision", round(m.precision())).put("recall", round(m.recall())).put("f1", round(m.f1()))
          .put("support", m.support());
    }
    ObjectNode confusion = o.putObject("confusion");
    ArrayNode labels = confusion.putArray("labels");
    e.classes().forEach(labels::add);
    ArrayNode matrix = confusion.putArray("matrix");
    for (int[] row : e.confusion()) {
      ArrayNode r = matrix.addArray();
      for (int v : row) {
        r.add(v);
      }
    }
    return o;
  }

  public static String table(Evaluation e) {
    StringBuilder sb = new StringBuilder();
    int w = Math.max(12, e.classes().stream().mapToInt(String::length).max().orElse(0) + 2);
    sb.append(String.format(Locale.ROOT, "%-" + w + "s %9s %9s %9s %8s%n", "class", "precision", "recall", "f1", "support"));
    for (String c : e.classes()) {
      ClassMetrics m = e.perClass().get(c);
      sb.append(String.format(Locale.ROOT, "%-" + w + "s %9.4f %9.4f %9.4f %8d%n", c, m.precision(), m.recall(), m.f1(),
          m.support()));
    }
    sb.append(String.format(Locale.ROOT, "macro-F1 %.4f, accuracy %.4f, %d examples%n%n", e.macroF1(), e.accuracy(),
        e.examples()));
    sb.append(String.format(Locale.ROOT, "confusion (rows: true, columns: predicted)%n%-" + w + "s", ""));
    for (String c : e.classes()) {
      sb.append(String.format(Locale.ROOT, " %" + Math.max(6, c.length()) + "s", c));
    }
    sb.append(System.lineSeparator());
    for (int r = 0; r < e.classes().size(); r++) {
      sb.append(String.format(Locale.ROOT, "%-" + w + "s", e.classes().get(r)));
      for (int c = 0; c < e.classes().size(); c++) {
        sb.append(String.format(Locale.ROOT, " %" + Math.max(6, e.classes().get(c).length()) + "d", e.confusion()[r][c]));
      }
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
