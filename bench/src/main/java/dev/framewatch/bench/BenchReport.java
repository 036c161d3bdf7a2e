package dev.framewatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.framewatch.analytics.text.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A benchmark's result and its two renderings (JSON for scripts, a table for people). */
public record BenchReport(String benchmark, long documents, int runs, int warmup, Machine machine, Map<String, Object> setup,
    List<Comparison> comparisons) {

  public BenchReport {
    setup = Map.copyOf(setup);
    comparisons = List.copyOf(comparisons);
  }

  public String json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode list = root.putArray("comparisons");
    for (Comparison c : comparisons) {
      ObjectNode o = list.addObject();
      o.put("name", c.name());
      o.put("framewatch_ms", round(c.framewatchMs()));
      o.put("peer", c.peer());
      o.put("peer_ms", round(c.peerMs()));
      if (c.framewatchRecordsPerSecond() != null) {
        o.put("framewatch_records_per_s", Math.round(c.framewatchRecordsPerSecond()));
        o.put("peer_records_per_s", Math.round(c.peerRecordsPerSecond()));
      }
      o.put("ratio", Math.round(c.ratio() * 1000) / 1000.0);
      o.put("target", c.target());
      o.put("target_met", c.targetMet());
    }
    root.put("benchmark", benchmark);
    root.put("documents", documents);
    root.put("runs", runs);
    root.put("warmup", warmup);
    ObjectNode m = root.putObject("machine");
    m.put("cores", machine.cores());
    m.put("max_heap_mb", machine.maxHeapMb());
    m.put("jdk", machine.jdk());
    m.put("os", machine.os());
    root.set("setup", mapper.valueToTree(new java.util.TreeMap<>(setup)));
    return root.toString();
  }

  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "bench %s: %,d documents, median of %d runs after %d warmup%n", benchmark, documents,
        runs, warmup));
    sb.append(String.format(Locale.ROOT, "machine: %d cores, max heap %d MB, %s, %s%n", machine.cores(), machine.maxHeapMb(),
        machine.jdk(), machine.os()));
    boolean throughput = comparisons.stream().anyMatch(c -> c.framewatchRecordsPerSecond() != null);
    List<List<String>> rows = new ArrayList<>();
    for (Comparison c : comparisons) {
      rows.add(throughput
          ? List.of(c.name(), fixed(1, c.framewatchMs()), fixed(0, c.framewatchRecordsPerSecond()), fixed(1, c.peerMs()),
              fixed(0, c.peerRecordsPerSecond()), fixed(3, c.ratio()), mark(c), c.peer())
          : List.of(c.name(), fixed(2, c.framewatchMs()), fixed(2, c.peerMs()), fixed(3, c.ratio()), mark(c), c.peer()));
    }
    TextTable.Builder table = TextTable.builder().left("name", 22).right("framewatch_ms", 13);
    if (throughput) {
      table.right("framewatch_rec/s", 15).right("peer_ms", 13).right("peer_rec/s", 15);
    } else {
      table.right("peer_ms", 11);
    }
    sb.append(table.right("ratio", 7).gap(2).left("target", 12).gap(1).left("peer").build().render(rows));
    for (Comparison c : comparisons) {
      if (c.note() != null && !c.note().isBlank()) {
        sb.append("  ").append(c.name()).append(": ").append(c.note()).append('\n');
      }
    }
    new java.util.TreeMap<>(setup).forEach((k, v) -> sb.append("  ").append(k).append(": ").append(v).append('\n'));
    return sb.toString();
  }

  private static String mark(Comparison c) {
    return c.target() + (c.targetMet() ? " ok" : " MISSED");
  }

  /** A figure with this many decimals; "-" for a throughput a comparison does not have. */
  private static String fixed(int decimals, Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static double round(double ms) {
    return Math.round(ms * 100) / 100.0;
  }
}
